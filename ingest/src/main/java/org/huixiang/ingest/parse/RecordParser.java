package org.huixiang.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.model.Author;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.Origin;
import org.huixiang.common.model.TextSignals;
import org.huixiang.common.privacy.PersonalDataMasker;
import org.huixiang.ingest.privacy.CitizenKeys;
import org.huixiang.ingest.text.TextNormalizer;
import org.huixiang.ingest.text.TextSignalExtractor;

/**
 * Turns the bytes of a raw post or citizen message into a {@link Document}: one JSON object ({@link
 * JsonRecord}), the contract's fields with their types ({@link Fields}); then normalizes the text
 * and masks personal data. Never throws on bad input: every problem becomes a {@link
 * ParseOutcome.Rejected} with a reason code and the field at fault. The contract is documented in
 * {@code docs/contract.md}.
 */
public final class RecordParser implements Serializable {

    /** Larger records are rejected before parsing; no real post or message comes close. */
    public static final int MAX_RECORD_BYTES = 1 << 20;

    private final CitizenKeys citizenKeys;
    private final Clock clock;

    public RecordParser(CitizenKeys citizenKeys, Clock clock) {
        this.citizenKeys = citizenKeys;
        this.clock = clock;
    }

    public ParseOutcome parse(DocumentKind kind, byte[] bytes, Origin origin) {
        try {
            return new Parsing(kind, origin).parse(bytes);
        } catch (RecordRejected e) {
            return new ParseOutcome.Rejected(e.reason().code(), e.getMessage());
        }
    }

    /** One parse: holds the record's kind and origin so helpers can name what is wrong. */
    private final class Parsing {
        private final DocumentKind kind;
        private final Origin origin;
        private final Fields fields;

        Parsing(DocumentKind kind, Origin origin) {
            this.kind = kind;
            this.origin = origin;
            this.fields = new Fields(kind, origin, clock);
        }

        ParseOutcome parse(byte[] bytes) {
            JsonNode root = JsonRecord.read(bytes);
            return new ParseOutcome.Parsed(kind == DocumentKind.POST ? post(root) : message(root));
        }

        private Document post(JsonNode root) {
            String source = fields.requiredText(root, "source");
            String sourceId = fields.requiredId(root, "id");
            Instant published = fields.requiredTime(root, "published_at");
            String title = TextNormalizer.normalize(fields.optionalText(root, "title"));
            String text = requiredBody(root, "text");
            Set<String> masked = new TreeSet<>();
            title = mask(title, masked);
            text = mask(text, masked);
            requireContent(title, text, "text");
            JsonNode a = fields.object(root, "author");
            Author author =
                    a == null
                            ? null
                            : new Author(
                                    fields.optionalText(a, "name"),
                                    fields.optionalText(a, "id"),
                                    a.path("verified").asBoolean(false),
                                    fields.count(a, "followers", "author.followers"));
            JsonNode e = fields.object(root, "engagement");
            Engagement engagement =
                    e == null
                            ? Engagement.NONE
                            : new Engagement(
                                    fields.count(e, "reposts", "engagement.reposts"),
                                    fields.count(e, "comments", "engagement.comments"),
                                    fields.count(e, "likes", "engagement.likes"),
                                    fields.count(e, "views", "engagement.views"));
            return document(
                    source,
                    sourceId,
                    fields.optionalText(root, "url"),
                    title,
                    text,
                    published,
                    author,
                    engagement,
                    null,
                    mask(fields.optionalText(root, "location"), masked),
                    null,
                    fields.optionalText(root, "reply_to"),
                    fields.optionalText(root, "repost_of"),
                    masked);
        }

        private Document message(JsonNode root) {
            String channel = fields.requiredText(root, "channel");
            String sourceId = fields.requiredId(root, "id");
            Instant submitted = fields.requiredTime(root, "submitted_at");
            Set<String> masked = new TreeSet<>();
            String title =
                    mask(TextNormalizer.normalize(fields.optionalText(root, "subject")), masked);
            String text = mask(requiredBody(root, "body"), masked);
            requireContent(title, text, "body");
            Contact contact = null;
            JsonNode c = fields.object(root, "contact");
            if (c != null) {
                String name = fields.optionalText(c, "name");
                String phone = fields.optionalText(c, "phone");
                if (name != null || phone != null) {
                    masked.add("contact");
                }
                contact =
                        new Contact(
                                PersonalDataMasker.maskName(name),
                                maskPhone(phone),
                                citizenKeys.keyOf(phone));
            }
            String address = maskAddress(fields.optionalText(root, "address"), masked);
            return document(
                    channel,
                    sourceId,
                    null,
                    title,
                    text,
                    submitted,
                    null,
                    Engagement.NONE,
                    contact,
                    address,
                    fields.optionalText(root, "category"),
                    null,
                    null,
                    masked);
        }

        private Document document(
                String source,
                String sourceId,
                String url,
                String title,
                String text,
                Instant published,
                Author author,
                Engagement engagement,
                Contact contact,
                String location,
                String category,
                String replyTo,
                String repostOf,
                Set<String> masked) {
            TextSignalExtractor.Extracted extracted = TextSignalExtractor.extract(text);
            text = extracted.text();
            TextSignals signals = extracted.signals();
            return Document.builder(
                            DocumentIds.documentId(source, sourceId), kind, source, sourceId)
                    .url(url)
                    .title(title == null || title.isEmpty() ? null : title)
                    .text(text)
                    .publishedAt(published)
                    .ingestedAt(clock.instant())
                    .author(author)
                    .engagement(engagement)
                    .contact(contact)
                    .location(location)
                    .citizenCategory(category)
                    .replyTo(replyTo)
                    .repostOf(repostOf)
                    .contentHash(
                            DocumentIds.hash((title == null ? "" : title) + '\u0000' + text)
                                    .substring(0, 32))
                    .maskedKinds(List.copyOf(masked))
                    .signals(signals)
                    .origin(origin)
                    .build();
        }

        private String requiredBody(JsonNode root, String field) {
            return TextNormalizer.normalize(fields.requiredText(root, field));
        }

        private void requireContent(String title, String text, String field) {
            if (text.isEmpty() && (title == null || title.isEmpty())) {
                throw new RecordRejected(
                        DeadLetterReason.EMPTY_TEXT,
                        "'"
                                + field
                                + "' holds no visible text after removing markup and control characters");
            }
        }
    }

    private static String mask(String text, Set<String> kinds) {
        if (text == null) {
            return null;
        }
        PersonalDataMasker.Masked masked = PersonalDataMasker.mask(text);
        kinds.addAll(masked.kinds());
        return masked.text();
    }

    private static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String masked = PersonalDataMasker.mask(phone).text();
        if (!masked.equals(phone)) {
            return masked;
        }
        // not a recognisable number, but still a contact detail: keep only the last two digits
        String digits = phone.replaceAll("\\D", "");
        return "*".repeat(Math.max(digits.length() - 2, 1))
                + digits.substring(Math.max(digits.length() - 2, 0));
    }

    /** House numbers identify a household; the village or street is kept for regional analysis. */
    private static String maskAddress(String address, Set<String> kinds) {
        if (address == null) {
            return null;
        }
        String masked = mask(address, kinds);
        String result = masked.replaceAll("\\d+(?=\\s*(号楼|号|栋|幢|单元|室|楼|组))", "*");
        if (!result.equals(masked)) {
            kinds.add("address");
        }
        return result;
    }
}
