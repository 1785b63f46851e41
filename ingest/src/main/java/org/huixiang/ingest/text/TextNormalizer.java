package org.huixiang.ingest.text;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text from any platform to one form before analysis and storage: HTML removed (so markup
 * never reaches the console as markup), entities decoded, traditional characters converted to
 * simplified, full-width letters and digits made half-width, invisible and control characters
 * dropped, whitespace collapsed. Chinese punctuation is kept: it is part of how people write.
 */
public final class TextNormalizer {

    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[a-zA-Z/!][^>]*>");
    private static final Pattern BREAK_TAG =
            Pattern.compile("(?i)<(br|p|div|li)\\b[^>]*>|</(p|div|li)>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile(" *\\n\\s*");

    private TextNormalizer() {}

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = stripHtml(raw);
        text = toHalfWidth(text);
        text = removeInvisible(text);
        text = HanLP.convertToSimplifiedChinese(text);
        if (hasSpacesToCollapse(text)) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('\n') >= 0) {
            text = BLANK_LINES.matcher(text).replaceAll("\n");
        }
        return text.strip();
    }

    /**
     * Whether {@link #SPACES} would change the text: it holds one of its other blanks or two spaces
     * in a row. Most Chinese texts hold neither, and the pattern is tried at every position.
     */
    private static boolean hasSpacesToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\013' || c == '\f' || c == '\u00A0' || c == '\u3000') {
                return true;
            }
            if (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    static String stripHtml(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
            return raw;
        }
        String text = SCRIPT_OR_STYLE.matcher(raw).replaceAll(" ");
        text = BREAK_TAG.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return decodeEntities(text);
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String entity = m.group(1);
            String replacement =
                    switch (entity) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> codePoint(entity);
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            int cp =
                    entity.startsWith("#x")
                            ? Integer.parseInt(entity.substring(2), 16)
                            : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Full-width letters and digits (Ａ, １) become ASCII; full-width punctuation stays. */
    static String toHalfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean fullWidthAlnum =
                    (c >= '\uFF10' && c <= '\uFF19')
                            || (c >= '\uFF21' && c <= '\uFF3A')
                            || (c >= '\uFF41' && c <= '\uFF5A');
            if (fullWidthAlnum) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) (c - 0xFEE0));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Drops control characters (keeping line breaks and tabs) and zero-width characters. */
    static String removeInvisible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        cp -> {
                            if (cp == '\n' || cp == '\t') {
                                out.appendCodePoint(cp);
                            } else if (cp == '\r') {
                                out.append('\n');
                            } else if (!Character.isISOControl(cp)
                                    && Character.getType(cp) != Character.FORMAT) {
                                out.appendCodePoint(cp);
                            }
                        });
        return out.toString();
    }
}
