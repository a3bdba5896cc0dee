package org.aftersales.core.scoring;

import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of scoring and the checks of codes shared by its values. */
final class ScoringMessages {

    /** Messages of scoring: catalogue, assessment and export problems. */
    public static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.scoring", locale));

    /** Item codes: {@code SAL-08}, {@code FD-REC-03}. */
    public static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    /** Catalogue, section, role and department codes: {@code parts-department}. */
    public static final Pattern NAME_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Longest code accepted. */
    public static final int MAX_CODE = 40;

    private ScoringMessages() {
    }

    /**
     * Starts a collector over the scoring messages.
     *
     * @return an empty collector
     */
    public static Violations violations() {
        return new Violations(MESSAGES);
    }

    /**
     * Checks a code and throws if it is bad.
     *
     * @param path where the code is
     * @param value the code
     * @param pattern the form it must have
     * @return the code
     */
    public static String checkCode(String path, String value, Pattern pattern) {
        Violations v = violations();
        checkCode(v, path, value, pattern);
        v.throwIfPresent();
        return value;
    }

    /**
     * Checks a code, recording any problem.
     *
     * @param v the collector
     * @param path where the code is
     * @param value the code
     * @param pattern the form it must have
     * @return true when the code is good
     */
    public static boolean checkCode(Violations v, String path, String value, Pattern pattern) {
        if (value == null || value.isBlank()) {
            v.add(path, "scoring.required");
            return false;
        }
        if (value.length() > MAX_CODE || !pattern.matcher(value).matches()) {
            v.add(path, "scoring.code.form", value, pattern.pattern(), MAX_CODE);
            return false;
        }
        return true;
    }
}
