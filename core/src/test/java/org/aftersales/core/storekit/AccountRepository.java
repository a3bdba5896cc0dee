package org.aftersales.core.storekit;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.spi.ForwardingRepository;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.RepositoryType;
import org.aftersales.core.store.Versioned;

/**
 * A module-style repository over {@link Account}: the pattern domain modules follow, with its
 * queries as default methods over the declared indexes.
 */
public interface AccountRepository extends Repository<CustomerId, Account> {

    /** How every store serves this interface. */
    RepositoryType<CustomerId, Account, AccountRepository> TYPE =
            RepositoryType.of(AccountRepository.class, Account.TYPE, OverAnyStore::new);

    /**
     * @param tier the tier
     * @return the accounts in it, by id
     */
    default List<Versioned<Account>> inTier(String tier) {
        return findBy(Account.BY_TIER, tier);
    }

    /**
     * @param today the day
     * @return accounts whose amount owed was due before that day, earliest first
     */
    default List<Versioned<Account>> overdue(LocalDate today) {
        return findRange(Account.BY_DUE, null, today);
    }

    /** The adapter every store can use. */
    final class OverAnyStore extends ForwardingRepository<CustomerId, Account> implements AccountRepository {
        OverAnyStore(Repository<CustomerId, Account> generic) {
            super(generic);
        }
    }
}
