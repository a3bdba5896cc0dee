package org.aftersales.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions: a random id in a cookie marked {@code HttpOnly}, {@code SameSite=Strict}
 * and (by default) {@code Secure}; each session has its own token against cross-site request
 * forgery that every form carries and every post must send back. Signing in replaces the
 * session with a new one (a fixed id cannot be planted); signing out ends it. Sessions end after
 * {@link ConsoleSettings#sessionIdle()} without a request; expired ones are dropped when next looked
 * up, or all at once when more than {@value #SWEEP_AT} are kept.
 */
final class Sessions {

    static final String COOKIE = "as_session";
    static final String CSRF_FIELD = "_csrf";
    /** Past this many sessions, opening one first drops the expired ones. */
    static final int SWEEP_AT = 1_000;

    /** One session: who is signed in (null before sign-in) and the form token. */
    static final class Session {
        private final String id;
        private final String csrf;
        private final Accounts.Account account;
        private volatile Instant lastSeen;

        Session(String id, String csrf, Accounts.Account account, Instant lastSeen) {
            this.id = id;
            this.csrf = csrf;
            this.account = account;
            this.lastSeen = lastSeen;
        }

        String id() {
            return id;
        }

        String csrf() {
            return csrf;
        }

        Accounts.Account account() {
            return account;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConsoleSettings settings;

    Sessions(ConsoleSettings settings) {
        this.settings = settings;
    }

    /** @return the live session with this id, or null (an expired one is dropped) */
    Session find(String id) {
        if (id == null) {
            return null;
        }
        Session s = sessions.get(id);
        if (s == null) {
            return null;
        }
        Instant now = settings.clock().instant();
        if (s.lastSeen.plus(settings.sessionIdle()).isBefore(now)) {
            sessions.remove(id);
            return null;
        }
        s.lastSeen = now;
        return s;
    }

    Session open(Accounts.Account account) {
        Instant now = settings.clock().instant();
        if (sessions.size() >= SWEEP_AT) {
            sessions.values().removeIf(s -> s.lastSeen.plus(settings.sessionIdle()).isBefore(now));
        }
        Session s = new Session(token(), token(), account, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** @return how many sessions are kept */
    int size() {
        return sessions.size();
    }

    void close(Session session) {
        if (session != null) {
            sessions.remove(session.id());
        }
    }

    /** @return the {@code Set-Cookie} value that carries the session */
    String cookie(Session session) {
        return COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + (settings.secureCookies() ? "; Secure" : "")
                + "; Max-Age=" + settings.sessionIdle().toSeconds();
    }

    /** @return the {@code Set-Cookie} value that removes the session cookie */
    String expiredCookie() {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict" + (settings.secureCookies() ? "; Secure" : "")
                + "; Max-Age=0";
    }

    /** @return true when the sent token is the session's, compared in constant time */
    static boolean tokenMatches(Session session, String sent) {
        if (session == null || sent == null) {
            return false;
        }
        return MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
