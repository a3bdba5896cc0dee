package org.aftersales.console;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A request the console refuses, with the HTTP status, a stable code and a message in both
 * languages. The error handler shows it as a page or as JSON; no stack trace ever reaches a
 * browser.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final LocalizedText text;
    private final transient List<String> details;

    Problem(int status, String code, LocalizedText text) {
        this(status, code, text, List.of());
    }

    Problem(int status, String code, LocalizedText text, List<String> details) {
        super(code + ": " + text.en(), null, false, false);
        this.status = status;
        this.code = code;
        this.text = text;
        this.details = List.copyOf(details);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    LocalizedText text() {
        return text;
    }

    List<String> details() {
        return details;
    }

    static Problem notFound(LocalizedText what, String value) {
        return new Problem(404, "not-found", new LocalizedText("There is no " + what.en() + " " + value + ".",
                "找不到" + what.zh() + " " + value + "。"));
    }

    static Problem badParameter(String name, String value) {
        return new Problem(400, "bad-parameter", new LocalizedText(
                "The parameter " + name + " cannot be \"" + value + "\".",
                "参数 " + name + " 的值 \"" + value + "\" 无效。"));
    }
}
