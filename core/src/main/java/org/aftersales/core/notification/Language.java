package org.aftersales.core.notification;

/** The language a message is written in; every template has both. */
public enum Language {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH
}
