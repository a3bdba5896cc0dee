package org.aftersales.console;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.party.StaffMember;
import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The console's sign-in accounts: a user name for each member of staff, with the password kept
 * only as a BCrypt hash.
 *
 * <p>Why BCrypt from Spring Security Crypto: it is slow on purpose (the cost factor doubles the
 * work per step), salts every hash itself and stores salt and cost inside the hash, and the
 * {@code spring-security-crypto} jar is small (its {@code BCrypt} class is used directly, which needs
 * no logging library) and is maintained
 * with Spring Security's security process. Argon2 would need Bouncy Castle beside it. The cost
 * {@value #DEFAULT_COST} (about a quarter of a second per check on a small server) is our
 * default; {@link ConsoleSettings#bcryptCost} changes it.
 *
 * <p>A sign-in with an unknown user name still checks a hash, so that the answer takes as long
 * as for a known name and does not tell which names exist.
 */
final class Accounts {

    /** The default BCrypt cost factor. */
    static final int DEFAULT_COST = 12;

    /** One account: the user name, the member of staff and the password hash. */
    record Account(String username, StaffMember staff, String hash) {
    }

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    private final Map<String, Account> byName = new LinkedHashMap<>();
    private final String decoy;

    Accounts(int cost) {
        this.cost = cost;
        this.decoy = hash("no account has this password");
    }

    /**
     * Adds an account; the password is hashed here and not kept.
     *
     * @return this
     */
    Accounts add(String username, StaffMember staff, String password) {
        byName.put(key(username), new Account(key(username), staff, hash(password)));
        return this;
    }

    /**
     * @return the account when the name exists and the password matches its hash
     */
    Optional<Account> check(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Account account = byName.get(key(username));
        if (account == null) {
            BCrypt.checkpw(password, decoy);
            return Optional.empty();
        }
        return BCrypt.checkpw(password, account.hash()) ? Optional.of(account) : Optional.empty();
    }

    Optional<Account> find(String username) {
        return Optional.ofNullable(byName.get(key(username)));
    }

    Collection<Account> all() {
        return byName.values();
    }

    /** @return a BCrypt hash ({@code $2a$}, cost and a fresh 16-byte salt inside) */
    String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost, random));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
