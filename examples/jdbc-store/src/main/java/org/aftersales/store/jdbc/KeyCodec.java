package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aftersales.core.id.Identifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns index keys into the text of their index column. For the key types a sorted index may
 * use, the text sorts (in code point order, as the key columns compare) the way the keys do:
 * whole numbers are shifted and zero-padded, dates and times are ISO text with a fixed width.
 * Keys of an exact index of any other type are written as JSON. Queries re-check every hit
 * against the snapshot, so the text only has to select, never to decide.
 */
final class KeyCodec {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS", Locale.ROOT);

    private final JsonMapper mapper;

    KeyCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param key the key, or null
     * @param sorted whether the index answers ranges
     * @return the column text, or null when the key is null
     * @throws org.aftersales.core.error.StorageException when a sorted index's key cannot be kept in order
     */
    String encode(Object key, boolean sorted, String index, String type) {
        if (key == null) {
            return null;
        }
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Identifier id) {
            return id.value();
        }
        if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
            // shift into 0..2^64-1 and pad, so that text order is numeric order
            long n = ((Number) key).longValue();
            return pad(Long.toUnsignedString(n ^ Long.MIN_VALUE));
        }
        if (key instanceof Boolean b) {
            return b.toString();
        }
        if (key instanceof LocalDate d && d.getYear() >= 0 && d.getYear() <= 9999) {
            return d.toString();
        }
        if (key instanceof LocalDateTime t && t.getYear() >= 0 && t.getYear() <= 9999) {
            return DATE_TIME.format(t);
        }
        if (key instanceof Instant i) {
            LocalDateTime t = LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            if (t.getYear() >= 0 && t.getYear() <= 9999) {
                return DATE_TIME.format(t);
            }
        }
        if (key instanceof OffsetDateTime o) {
            return encode(o.toInstant(), sorted, index, type);
        }
        if (sorted) {
            throw new StorageException("store.unorderedKey", JdbcMessages.MESSAGES.text("jdbc.unorderedKey", index, type,
                    key.getClass().getName()), null);
        }
        if (key instanceof Enum<?> e) {
            return e.name();
        }
        return mapper.writeValueAsString(key);
    }

    private static String pad(String digits) {
        return "0".repeat(20 - digits.length()) + digits;
    }
}
