package org.huixiang.analysis.stage;

import java.time.Instant;
import java.util.List;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.TextSignals;

/** Documents for stage tests: only what the stateful steps look at (id, source, time, citizen). */
final class TestDocuments {

    private TestDocuments() {}

    static Document document(String id, String source, String text, Instant at, Contact contact) {
        return new Document(
                id,
                DocumentKind.MESSAGE,
                source,
                id,
                null,
                null,
                text,
                at,
                at,
                null,
                Engagement.NONE,
                contact,
                null,
                null,
                null,
                null,
                "",
                List.of(),
                TextSignals.NONE,
                null);
    }
}
