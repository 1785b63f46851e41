package org.huixiang.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.model.Author;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.CountyTime;
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
 * Turns the bytes of a raw post or citizen message into a {@link Document}: strict UTF-8, JSON
 * object, required fields with the right types, plausible timestamps; then normalizes the text and
 * masks personal data. Never throws on bad input: every problem becomes a {@link
 * ParseOutcome.Rejected} with a reason code and the field at fault. The contract is documented in
 * {@code docs/contract.md}.
 */
public final class RecordParser implements Serializable {

    /** Larger records are rejected before parsing; no real post or message comes close. */
    public static final int MAX_RECORD_BYTES = 1 << 20;

    private static final Instant OLDEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

    private static final ObjectMapper JSON =
            new ObjectMapper(
                    JsonFactory.builder()
                            .streamReadConstraints(
                                    StreamReadConstraints.builder().maxNestingDepth(32).build())
                            .enable(
                                    com.fasterxml.jackson.core.StreamReadFeature
                                            .STRICT_DUPLICATE_DETECTION)
                            .build());

    private final CitizenKeys citizenKeys;
    private final Clock clock;

    public RecordParser(CitizenKeys citizenKeys, Clock clock) {
        this.citizenKeys = citizenKeys;
        this.clock = clock;
    }

    public ParseOutcome parse(DocumentKind kind, byte[] bytes, Origin origin) {
        try {
            return new Parsing(kind, origin).parse(bytes);
        } catch (RejectedException e) {
            return new ParseOutcome.Rejected(e.reason, e.getMessage());
        }
    }

    /** One parse: holds the record's kind and origin so helpers can name what is wrong. */
    private final class Parsing {
        private final DocumentKind kind;
        private final Origin origin;

        Parsing(DocumentKind kind, Origin origin) {
            this.kind = kind;
            this.origin = origin;
        }

        ParseOutcome parse(byte[] bytes) {
            if (bytes.length == 0) {
                throw new RejectedException(
                        DeadLetterReason.EMPTY_RECORD, "the record has no bytes");
            }
            if (blank(bytes)) {
                throw new RejectedException(
                        DeadLetterReason.EMPTY_RECORD,
                        "the record holds only whitespace (" + bytes.length + " bytes)");
            }
            if (bytes.length > MAX_RECORD_BYTES) {
                throw new RejectedException(
                        DeadLetterReason.TOO_LARGE,
                        "the record has "
                                + bytes.length
                                + " bytes; the limit is "
                                + MAX_RECORD_BYTES);
            }
            JsonNode root = json(utf8(bytes));
            if (!root.isObject()) {
                throw new RejectedException(
                        DeadLetterReason.NOT_AN_OBJECT,
                        "expected a JSON object, got "
                                + root.getNodeType().toString().toLowerCase());
            }
            return new ParseOutcome.Parsed(kind == DocumentKind.POST ? post(root) : message(root));
        }

        private Document post(JsonNode root) {
            String source = requiredText(root, "source");
            String sourceId = requiredId(root, "id");
            Instant published = requiredTime(root, "published_at");
            String title = TextNormalizer.normalize(optionalText(root, "title"));
            String text = requiredBody(root, "text");
            Set<String> masked = new TreeSet<>();
            title = mask(title, masked);
            text = mask(text, masked);
            requireContent(title, text, "text");
            JsonNode a = object(root, "author");
            Author author =
                    a == null
                            ? null
                            : new Author(
                                    optionalText(a, "name"),
                                    optionalText(a, "id"),
                                    a.path("verified").asBoolean(false),
                                    count(a, "followers", "author.followers"));
            JsonNode e = object(root, "engagement");
            Engagement engagement =
                    e == null
                            ? Engagement.NONE
                            : new Engagement(
                                    count(e, "reposts", "engagement.reposts"),
                                    count(e, "comments", "engagement.comments"),
                                    count(e, "likes", "engagement.likes"),
                                    count(e, "views", "engagement.views"));
            return document(
                    source,
                    sourceId,
                    optionalText(root, "url"),
                    title,
                    text,
                    published,
                    author,
                    engagement,
                    null,
                    mask(optionalText(root, "location"), masked),
                    null,
                    optionalText(root, "reply_to"),
                    optionalText(root, "repost_of"),
                    masked);
        }

        private Document message(JsonNode root) {
            String channel = requiredText(root, "channel");
            String sourceId = requiredId(root, "id");
            Instant submitted = requiredTime(root, "submitted_at");
            Set<String> masked = new TreeSet<>();
            String title = mask(TextNormalizer.normalize(optionalText(root, "subject")), masked);
            String text = mask(requiredBody(root, "body"), masked);
            requireContent(title, text, "body");
            Contact contact = null;
            JsonNode c = object(root, "contact");
            if (c != null) {
                String name = optionalText(c, "name");
                String phone = optionalText(c, "phone");
                if (name != null || phone != null) {
                    masked.add("contact");
                }
                contact =
                        new Contact(
                                PersonalDataMasker.maskName(name),
                                maskPhone(phone),
                                citizenKeys.keyOf(phone));
            }
            String address = maskAddress(optionalText(root, "address"), masked);
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
                    optionalText(root, "category"),
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
            return new Document(
                    DocumentIds.documentId(source, sourceId),
                    kind,
                    source,
                    sourceId,
                    url,
                    title == null || title.isEmpty() ? null : title,
                    text,
                    published,
                    clock.instant(),
                    author,
                    engagement,
                    contact,
                    location,
                    category,
                    replyTo,
                    repostOf,
                    DocumentIds.hash((title == null ? "" : title) + '\u0000' + text)
                            .substring(0, 32),
                    List.copyOf(masked),
                    signals,
                    origin);
        }

        private String utf8(byte[] bytes) {
            try {
                String text =
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes))
                                .toString();
                // a byte-order mark is harmless; strip it rather than reject the record
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new RejectedException(
                        DeadLetterReason.INVALID_UTF8,
                        "the record is not valid UTF-8 (GBK or another encoding?); producers must send UTF-8");
            }
        }

        private JsonNode json(String text) {
            try (JsonParser parser = JSON.createParser(text)) {
                JsonNode root = JSON.readTree(parser);
                if (root == null) {
                    throw new RejectedException(
                            DeadLetterReason.MALFORMED_JSON, "the record is blank");
                }
                if (parser.nextToken() != null) {
                    throw new RejectedException(
                            DeadLetterReason.MALFORMED_JSON,
                            "unexpected content after the JSON object at " + location(parser));
                }
                return root;
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                throw new RejectedException(
                        DeadLetterReason.TOO_DEEPLY_NESTED, "JSON nesting deeper than 32 levels");
            } catch (JsonProcessingException e) {
                throw new RejectedException(
                        DeadLetterReason.MALFORMED_JSON,
                        e.getOriginalMessage() + " at " + location(e));
            } catch (IOException e) {
                throw new RejectedException(DeadLetterReason.MALFORMED_JSON, e.getMessage());
            }
        }

        private String requiredText(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                throw missing(field);
            }
            if (!node.isTextual()) {
                throw wrongType(field, "a string", node);
            }
            String value = node.asText().strip();
            if (value.isEmpty()) {
                throw new RejectedException(
                        DeadLetterReason.MISSING_FIELD, "'" + field + "' is empty");
            }
            return value;
        }

        /** Ids may come as strings or integers; both are kept as their text. */
        private String requiredId(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node != null && node.isIntegralNumber()) {
                return node.asText();
            }
            return requiredText(root, field);
        }

        private String requiredBody(JsonNode root, String field) {
            return TextNormalizer.normalize(requiredText(root, field));
        }

        private void requireContent(String title, String text, String field) {
            if (text.isEmpty() && (title == null || title.isEmpty())) {
                throw new RejectedException(
                        DeadLetterReason.EMPTY_TEXT,
                        "'"
                                + field
                                + "' holds no visible text after removing markup and control characters");
            }
        }

        private Instant requiredTime(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                throw missing(field);
            }
            Instant time;
            if (node.isIntegralNumber()) {
                time = Instant.ofEpochMilli(node.asLong());
            } else if (node.isTextual()) {
                time = parseTime(field, node.asText().strip());
            } else {
                throw wrongType(field, "an ISO-8601 time or epoch milliseconds", node);
            }
            if (time.isBefore(OLDEST)) {
                throw new RejectedException(
                        DeadLetterReason.TIMESTAMP_OUT_OF_RANGE,
                        "'" + field + "' is " + time + ", before 2000");
            }
            Instant latest = clock.instant().plus(MAX_CLOCK_SKEW);
            if (time.isAfter(latest)) {
                throw new RejectedException(
                        DeadLetterReason.TIMESTAMP_OUT_OF_RANGE,
                        "'" + field + "' is " + time + ", more than a day in the future");
            }
            return time;
        }

        private Instant parseTime(String field, String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    // times without a zone are China time, as every platform here writes them
                    return LocalDateTime.parse(text, LOCAL).atZone(CountyTime.ZONE).toInstant();
                } catch (DateTimeParseException e) {
                    throw new RejectedException(
                            DeadLetterReason.BAD_TIMESTAMP,
                            "'"
                                    + field
                                    + "' is '"
                                    + abbreviate(text)
                                    + "'; write e.g. 2026-11-20T08:15:00+08:00");
                }
            }
        }

        private JsonNode object(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                throw wrongType(field, "an object", node);
            }
            return node;
        }

        private long count(JsonNode parent, String field, String path) {
            JsonNode node = parent.get(field);
            if (node == null || node.isNull()) {
                return 0;
            }
            if (!node.canConvertToLong() || !node.isIntegralNumber()) {
                throw wrongType(path, "a whole number", node);
            }
            if (node.asLong() < 0) {
                throw new RejectedException(
                        DeadLetterReason.WRONG_TYPE, "'" + path + "' is negative");
            }
            return node.asLong();
        }

        private String optionalText(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual() && !node.isNumber() && !node.isBoolean()) {
                throw wrongType(field, "a string", node);
            }
            String value = node.asText().strip();
            return value.isEmpty() ? null : value;
        }

        private RejectedException missing(String field) {
            return new RejectedException(
                    DeadLetterReason.MISSING_FIELD,
                    "required field '"
                            + field
                            + "' is missing ("
                            + kind.name().toLowerCase()
                            + " from "
                            + origin
                            + ")");
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

    private static RejectedException wrongType(String field, String expected, JsonNode node) {
        return new RejectedException(
                DeadLetterReason.WRONG_TYPE,
                "'"
                        + field
                        + "' must be "
                        + expected
                        + ", got "
                        + node.getNodeType().toString().toLowerCase());
    }

    private static String location(JsonParser parser) {
        return "line "
                + parser.currentLocation().getLineNr()
                + ", column "
                + parser.currentLocation().getColumnNr();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? "unknown position"
                : "line "
                        + e.getLocation().getLineNr()
                        + ", column "
                        + e.getLocation().getColumnNr();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Internal control flow: unwinds a parse to its rejection. */
    private static final class RejectedException extends RuntimeException {
        private final String reason;

        RejectedException(DeadLetterReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason.code();
        }
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
