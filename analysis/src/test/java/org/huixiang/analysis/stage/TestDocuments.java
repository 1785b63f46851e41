package org.huixiang.analysis.stage;

import java.time.Instant;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;

/** Documents for stage tests: only what the stateful steps look at (id, source, time, citizen). */
final class TestDocuments {

    private TestDocuments() {}

    static Document document(String id, String source, String text, Instant at, Contact contact) {
        return Document.builder(id, DocumentKind.MESSAGE, source, id)
                .text(text)
                .at(at)
                .contact(contact)
                .build();
    }
}
