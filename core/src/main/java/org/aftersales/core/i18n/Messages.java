package org.aftersales.core.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Message catalogue backed by a pair of resource bundles, one English ({@code _en}) and one
 * Simplified Chinese ({@code _zh}). Each module keeps its own bundles and builds its own
 * {@code Messages}, passing a function that loads the bundle from its own code, so that the
 * lookup works on the module path without opening any package:
 *
 * <pre>{@code
 * static final Messages MESSAGES = Messages.of(
 *         locale -> ResourceBundle.getBundle("org.aftersales.inventory.internal.messages", locale));
 * }</pre>
 *
 * <p>Message patterns use {@link MessageFormat} with positional arguments ({@code {0}}). A
 * missing key is a programming error and fails loudly.
 */
public final class Messages {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle en;
    private final ResourceBundle zh;
    /** Parsed patterns, one per language and key; guarded by itself, each format by its own lock. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private Messages(ResourceBundle en, ResourceBundle zh) {
        this.en = en;
        this.zh = zh;
    }

    /**
     * Loads the English and Chinese bundles through the given loader.
     *
     * @param loader loads the bundle for a locale, called from the owning module's code
     * @return the catalogue
     */
    public static Messages of(Function<Locale, ResourceBundle> loader) {
        Objects.requireNonNull(loader, "loader");
        return new Messages(loader.apply(Locale.ENGLISH), loader.apply(ZH));
    }

    /**
     * Formats the message with the given key in both languages.
     *
     * @param key the message key
     * @param args positional arguments for the pattern
     * @return the text in English and Chinese
     * @throws MissingResourceException if either bundle lacks the key
     */
    public LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(en, Locale.ENGLISH, key, args), format(zh, ZH, "zh:" + key, key, args));
    }

    /**
     * Whether both bundles hold the key.
     *
     * @param key the message key
     * @return true when the key can be formatted
     */
    public boolean has(String key) {
        return en.containsKey(key) && zh.containsKey(key);
    }

    /**
     * Formats a message whose arguments are named, as constraint annotations give them: each
     * {@code {name}} in the pattern is replaced by the argument's value.
     *
     * @param key the message key
     * @param args named arguments
     * @return the text in English and Chinese
     */
    public LocalizedText named(String key, Map<String, ?> args) {
        return new LocalizedText(replaceNamed(en.getString(key), args), replaceNamed(zh.getString(key), args));
    }

    private static String replaceNamed(String pattern, Map<String, ?> args) {
        String out = pattern;
        for (Map.Entry<String, ?> e : args.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return out;
    }

    private String format(ResourceBundle bundle, Locale locale, String key, Object[] args) {
        return format(bundle, locale, key, key, args);
    }

    private String format(ResourceBundle bundle, Locale locale, String cacheKey, String key, Object[] args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format;
        synchronized (formats) {
            format = formats.computeIfAbsent(cacheKey, k -> new MessageFormat(pattern, locale));
        }
        synchronized (format) {
            return format.format(args);
        }
    }
}
