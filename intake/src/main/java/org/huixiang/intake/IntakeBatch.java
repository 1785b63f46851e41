package org.huixiang.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The records of one intake request: the whole body for {@code application/json}, one per line for
 * {@code application/x-ndjson} (blank lines skipped, a trailing {@code \r} dropped).
 */
public final class IntakeBatch {

    /** Records in one request; more is a client that should split its batches. */
    public static final int MAX_RECORDS = 1000;

    private IntakeBatch() {}

    /** Whether requests of this content type are understood. */
    public static boolean accepts(String contentType) {
        String type = mediaType(contentType);
        return type.equals("application/json") || type.equals("application/x-ndjson");
    }

    /**
     * @throws IllegalArgumentException when the body holds more than {@link #MAX_RECORDS} records
     */
    public static List<byte[]> split(String contentType, byte[] body) {
        if (!mediaType(contentType).equals("application/x-ndjson")) {
            return List.of(body);
        }
        List<byte[]> records = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (!blank(body, start, end)) {
                    if (records.size() == MAX_RECORDS) {
                        throw new IllegalArgumentException(
                                "more than " + MAX_RECORDS + " records in one request");
                    }
                    records.add(Arrays.copyOfRange(body, start, end));
                }
                start = i + 1;
            }
        }
        return records;
    }

    private static boolean blank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
