package org.huixiang.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
import org.huixiang.ingest.privacy.CitizenKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordParserTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Origin ORIGIN = new Origin("huixiang.raw.posts", 0, 42, 0);
    final RecordParser parser =
            new RecordParser(
                    new CitizenKeys("0123456789abcdef-test".getBytes(StandardCharsets.UTF_8)),
                    Clock.fixed(NOW, ZoneOffset.UTC));

    Document parsed(DocumentKind kind, String json) {
        ParseOutcome outcome = parser.parse(kind, json.getBytes(StandardCharsets.UTF_8), ORIGIN);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).document();
    }

    ParseOutcome.Rejected rejected(DocumentKind kind, byte[] bytes) {
        ParseOutcome outcome = parser.parse(kind, bytes, ORIGIN);
        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        return (ParseOutcome.Rejected) outcome;
    }

    @Test
    void parsesAPostWithDeterministicIdAndNormalizedText() {
        Document d =
                parsed(
                        DocumentKind.POST,
                        """
                {"source":"weibo","id":4900001,"url":"https://weibo.example/1","text":"<p>高縣文江鎮的路壞了&amp;沒人修</p>",
                 "published_at":"2026-11-20T08:15:00+08:00","author":{"name":"网友","verified":true,"followers":12},
                 "engagement":{"reposts":1,"comments":2,"likes":3,"views":4},"extra_field":"ignored"}""");
        assertThat(d.id()).isEqualTo(DocumentIds.documentId("weibo", "4900001"));
        assertThat(d.kind()).isEqualTo(DocumentKind.POST);
        assertThat(d.text()).isEqualTo("高县文江镇的路坏了&没人修");
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-20T00:15:00Z"));
        assertThat(d.ingestedAt()).isEqualTo(NOW);
        assertThat(d.engagement().interactions()).isEqualTo(6);
        assertThat(d.origin()).isEqualTo(ORIGIN);
    }

    @Test
    void parsesAMessageMaskingContactAndAddressAndLinkingTheCitizen() {
        String json =
                """
                {"channel":"12345","id":"GX1","subject":"停水","body":"又停水了，请回电13812345678",
                 "submitted_at":"2026-11-20 09:00:00","contact":{"name":"王建国","phone":"138-1234-5678"},
                 "address":"高县庆符镇新民村3组18号"}""";
        Document d = parsed(DocumentKind.MESSAGE, json);
        assertThat(d.source()).isEqualTo("12345");
        assertThat(d.title()).isEqualTo("停水");
        assertThat(d.text()).isEqualTo("又停水了，请回电138****5678");
        assertThat(d.contact().name()).isEqualTo("王**");
        assertThat(d.contact().phone()).isEqualTo("138****5678");
        assertThat(d.location()).isEqualTo("高县庆符镇新民村*组*号");
        assertThat(d.maskedKinds()).contains("mobile", "contact", "address");
        assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
        String sameCitizen =
                json.replace("138-1234-5678", "13812345678").replace("\"GX1\"", "\"GX2\"");
        assertThat(parsed(DocumentKind.MESSAGE, sameCitizen).contact().citizenKey())
                .isEqualTo(d.contact().citizenKey())
                .doesNotContain("5678");
    }

    @Test
    void keepsLinksMentionsAndHashtagsAsFields() {
        Document d =
                parsed(
                        DocumentKind.POST,
                        """
                {"source":"weibo","id":"9","text":"#高县停水# 又停水了[怒] @高县发布 https://t.cn/x1",
                 "published_at":"2026-11-20T08:00:00+08:00"}""");
        assertThat(d.text()).isEqualTo("#高县停水# 又停水了[怒] @高县发布");
        assertThat(d.signals().urls()).containsExactly("https://t.cn/x1");
        assertThat(d.signals().mentions()).containsExactly("高县发布");
        assertThat(d.signals().hashtags()).containsExactly("高县停水");
        assertThat(d.signals().emoticons()).containsExactly("[怒]");
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json =
                "{\"source\":\"weibo\",\"id\":\"1\",\"text\":\"好\",\"published_at\":\"2026-11-20T08:00:00+08:00\"}"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(json, 0, all, 3, json.length);
        assertThat(parser.parse(DocumentKind.POST, all, ORIGIN))
                .isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void rejectsGbkBytesAsInvalidUtf8() {
        byte[] gbk =
                "{\"source\":\"weibo\",\"id\":\"1\",\"text\":\"高县停水\"}"
                        .getBytes(Charset.forName("GBK"));
        assertThat(rejected(DocumentKind.POST, gbk).reason()).isEqualTo("invalid_utf8");
    }

    @Test
    void rejectsEmptyAndOversizedRecords() {
        assertThat(rejected(DocumentKind.POST, new byte[0]).reason()).isEqualTo("empty_record");
        assertThat(
                        rejected(DocumentKind.POST, new byte[RecordParser.MAX_RECORD_BYTES + 1])
                                .reason())
                .isEqualTo("too_large");
    }

    @Test
    void rejectsDeeplyNestedJson() {
        String nested = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        assertThat(rejected(DocumentKind.POST, nested.getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("too_deeply_nested");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            malformed_json         | {"source":"weibo","id":"1","text":"x"
            malformed_json         | {"source":"weibo","id":"1","id":"2","text":"x","published_at":"2026-11-20T08:00:00+08:00"}
            not_an_object          | ["a"]
            missing_field          | {"source":"weibo","text":"x","published_at":"2026-11-20T08:00:00+08:00"}
            missing_field          | {"source":" ","id":"1","text":"x","published_at":"2026-11-20T08:00:00+08:00"}
            wrong_type             | {"source":"weibo","id":"1","text":42,"published_at":"2026-11-20T08:00:00+08:00"}
            wrong_type             | {"source":"weibo","id":"1","text":"x","published_at":"2026-11-20T08:00:00+08:00","engagement":{"likes":"很多"}}
            wrong_type             | {"source":"weibo","id":"1","text":"x","published_at":"2026-11-20T08:00:00+08:00","engagement":{"likes":-1}}
            wrong_type             | {"source":"weibo","id":"1","text":"x","published_at":"2026-11-20T08:00:00+08:00","author":"me"}
            empty_text             | {"source":"weibo","id":"1","text":"<p> </p>\\u200b","published_at":"2026-11-20T08:00:00+08:00"}
            bad_timestamp          | {"source":"weibo","id":"1","text":"x","published_at":"昨天"}
            timestamp_out_of_range | {"source":"weibo","id":"1","text":"x","published_at":"2031-01-01T00:00:00+08:00"}
            timestamp_out_of_range | {"source":"weibo","id":"1","text":"x","published_at":"1999-12-31T00:00:00+08:00"}
            """)
    void rejectsBadPostsWithAPreciseReason(String reason, String json) {
        ParseOutcome.Rejected r =
                rejected(DocumentKind.POST, json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.detail()).isNotBlank();
    }

    @Test
    void namesTheMissingFieldOfAMessage() {
        ParseOutcome.Rejected r =
                rejected(
                        DocumentKind.MESSAGE,
                        "{\"channel\":\"12345\",\"id\":\"GX1\",\"body\":\"x\"}"
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.reason()).isEqualTo("missing_field");
        assertThat(r.detail()).contains("submitted_at").contains("huixiang.raw.posts/0@42");
    }
}
