package org.huixiang.ingest.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.Origin;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.privacy.CitizenKeys;
import org.junit.jupiter.api.Test;

/** Every case of the bad-input corpus through the parser: stored sanitized, or the exact reason. */
class BadInputCorpusTest {

    final RecordParser parser =
            new RecordParser(
                    new CitizenKeys("bad-input-test-key-0001".getBytes(StandardCharsets.UTF_8)),
                    Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void theCorpusHasAtLeastThirtyKinds() {
        List<BadInputCorpus.Case> cases = BadInputCorpus.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases.stream().map(BadInputCorpus.Case::name).distinct()).hasSize(cases.size());
    }

    @Test
    void eachCaseIsStoredSanitizedOrRejectedWithItsReason() {
        Set<String> seen = new HashSet<>();
        for (BadInputCorpus.Case c : BadInputCorpus.load()) {
            ParseOutcome outcome = parser.parse(c.kind(), c.bytes(), new Origin("t", 0, 0, 0));
            if (c.reason() != null) {
                assertThat(outcome).as(c.name()).isInstanceOf(ParseOutcome.Rejected.class);
                assertThat(((ParseOutcome.Rejected) outcome).reason())
                        .as(c.name())
                        .isEqualTo(c.reason());
                assertThat(((ParseOutcome.Rejected) outcome).detail()).as(c.name()).isNotBlank();
                continue;
            }
            assertThat(outcome).as(c.name()).isInstanceOf(ParseOutcome.Parsed.class);
            Document d = ((ParseOutcome.Parsed) outcome).document();
            // the parser does not deduplicate; the second record of an id is the dedup step's
            assertThat(seen.add(d.id()) || c.outcome().equals("duplicate")).as(c.name()).isTrue();
            String text = d.fullText();
            assertThat(text).as(c.name()).doesNotContain("<script", "<div", "<b>", "javascript:");
            assertThat(
                            text.codePoints()
                                    .filter(
                                            cp ->
                                                    Character.getType(cp) == Character.CONTROL
                                                            && cp != '\n'))
                    .as(c.name() + " control characters")
                    .isEmpty();
            assertThat(text).as(c.name()).doesNotContain("\u200b", "\u200d", "\ufeff", "\u2060");
            assertThat(text).as(c.name()).doesNotContain("511525198807151232", "13812345678");
        }
    }
}
