package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.value.Money;

/** Customer accounts (P10) inside a unit of work; used by {@link PartsWarehouse} and the counter. */
final class Accounts {

    /** How accounts are stored. */
    static final AggregateType<CustomerId, CustomerAccount> ACCOUNTS =
            AggregateType.of("parts-account", CustomerId.class, CustomerAccount.class);

    private static final Actor ACTOR = Actor.system("parts-accounts");

    private final PartsWarehouse warehouse;

    Accounts(PartsWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    CustomerAccount open(UnitOfWork work, AccountCommands.Open c) {
        positive(c.creditLimit(), "creditLimit", true);
        var repo = work.repository(ACCOUNTS);
        if (repo.find(c.customer()).isPresent()) {
            throw OperationsMessages.refusal("account.exists", null, c.customer());
        }
        CustomerAccount account = new CustomerAccount(c.customer(), c.name().strip(), c.kind(), c.creditLimit(),
                c.collectedSettlement(), Money.ZERO, List.of());
        repo.save(account, Versioned.NEW);
        work.publish(new PartsEvent.AccountOpened(warehouse.meta(ACTOR, c.customer().value()), c.customer(),
                c.creditLimit()));
        return account;
    }

    CustomerAccount payIn(UnitOfWork work, AccountCommands.PayIn c) {
        positive(c.amount(), "amount", false);
        Versioned<CustomerAccount> before = work.repository(ACCOUNTS).get(c.customer());
        CustomerAccount after = before.value().post(warehouse.clock().instant(),
                c.settlement() ? CustomerAccount.EntryKind.SETTLEMENT : CustomerAccount.EntryKind.DEPOSIT, c.amount(),
                c.reference().strip());
        work.repository(ACCOUNTS).save(after, before.version());
        work.publish(new PartsEvent.AccountDeposited(warehouse.meta(ACTOR, c.customer().value()), c.customer(),
                c.amount(), after.balance()));
        return after;
    }

    CustomerAccount draw(UnitOfWork work, CustomerId customer, Money amount, String document) {
        positive(amount, "amount", false);
        Versioned<CustomerAccount> before = work.repository(ACCOUNTS).get(customer);
        CustomerAccount after = before.value().post(warehouse.clock().instant(), CustomerAccount.EntryKind.DRAW,
                amount, document);
        work.repository(ACCOUNTS).save(after, before.version());
        work.publish(new PartsEvent.AccountDrawn(warehouse.meta(ACTOR, document), customer, amount, document,
                after.balance()));
        return after;
    }

    static Statement statement(CustomerAccount a, LocalDate from, LocalDate to, ZoneId zone) {
        Money opening = Money.ZERO;
        Money drawn = Money.ZERO;
        Money paidIn = Money.ZERO;
        List<CustomerAccount.Entry> in = new java.util.ArrayList<>();
        for (CustomerAccount.Entry e : a.entries()) {
            LocalDate day = e.at().atZone(zone).toLocalDate();
            if (day.isBefore(from)) {
                opening = e.balance();
            } else if (!day.isAfter(to)) {
                in.add(e);
                if (e.kind() == CustomerAccount.EntryKind.DRAW) {
                    drawn = drawn.plus(e.amount());
                } else {
                    paidIn = paidIn.plus(e.amount());
                }
            }
        }
        Money closing = in.isEmpty() ? opening : in.get(in.size() - 1).balance();
        Money toSettle = a.collectedSettlement() && closing.isNegative() ? Money.ZERO.minus(closing) : Money.ZERO;
        return new Statement(a.id(), a.name(), from, to, opening, in, drawn, paidIn, closing, toSettle);
    }

    private static void positive(Money amount, String path, boolean zeroAllowed) {
        Violations v = OperationsMessages.violations();
        if (amount.isNegative() || (!zeroAllowed && amount.isZero())) {
            v.add(path, zeroAllowed ? "money.notNegative" : "money.positive", amount);
        }
        if (!amount.currency().equals(Money.CNY)) {
            v.add(path, "money.currency", amount.currency());
        }
        v.throwIfPresent();
    }
}
