/**
 * The core of aftersales: typed ids, values, parties, the business calendar, validation, JSON,
 * domain events, the exception family, and the SPI for storage and plugins.
 */
module org.aftersales.core {
    requires transitive tools.jackson.databind;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.google.common;

    exports org.aftersales.core.i18n;
    exports org.aftersales.core.error;
    exports org.aftersales.core.id;
    exports org.aftersales.core.value;
    exports org.aftersales.core.json;
    exports org.aftersales.core.event;
    exports org.aftersales.core.calendar;
    exports org.aftersales.core.deadline;
    exports org.aftersales.core.deadline.spi;
    exports org.aftersales.core.notification;
    exports org.aftersales.core.notification.spi;
    exports org.aftersales.core.party;
    exports org.aftersales.core.validation;
    exports org.aftersales.core.statemachine;
    exports org.aftersales.core.scoring;
    exports org.aftersales.core.scoring.spi;

    exports org.aftersales.core.store;
    exports org.aftersales.core.store.spi;
    exports org.aftersales.core.supply;
    exports org.aftersales.core.plugin;

    opens org.aftersales.core.id to tools.jackson.databind, org.hibernate.validator;
    opens org.aftersales.core.value to tools.jackson.databind, org.hibernate.validator;
    opens org.aftersales.core.event to tools.jackson.databind, org.hibernate.validator;
    opens org.aftersales.core.calendar to tools.jackson.databind, org.hibernate.validator;
    opens org.aftersales.core.deadline to tools.jackson.databind;
    opens org.aftersales.core.notification to tools.jackson.databind;
    opens org.aftersales.core.party to tools.jackson.databind, org.hibernate.validator;
    opens org.aftersales.core.validation to org.hibernate.validator;
    opens org.aftersales.core.scoring to tools.jackson.databind;

    // Storage (C7): Storage.open() looks up providers; the in-memory store is the default and
    // is chosen by Storage itself, so it is not a provider of its own.
    uses org.aftersales.core.store.spi.StorageProvider;
    // Event subscribers (read models) found when Storage.builder().discoverSubscribers() is set.
    uses org.aftersales.core.store.EventSubscriber;
    // Scoring (S2, S3): derived items and the reward and penalty policy are plugins.
    uses org.aftersales.core.scoring.spi.ItemDerivation;
    uses org.aftersales.core.scoring.spi.RewardPolicy;
    // Deadlines (C13): listeners told of each firing, found when the builder asks for discovery.
    uses org.aftersales.core.deadline.spi.DeadlineListener;
    // Notifications (C12): one sender per channel, found when the builder asks for discovery.
    uses org.aftersales.core.notification.spi.NotificationSender;
}
