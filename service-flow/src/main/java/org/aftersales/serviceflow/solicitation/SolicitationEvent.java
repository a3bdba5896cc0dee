package org.aftersales.serviceflow.solicitation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;

/**
 * An event of solicitation (F14): a stable {@linkplain #type() name} from
 * {@link SolicitationEvents}, the subject (an invitation, a campaign or a customer) and its
 * details as text.
 *
 * @param type the stable event name
 * @param metadata id, time, actor and correlation id
 * @param subject the invitation's, campaign's or customer's id
 * @param details what happened, as sorted key/value text
 */
public record SolicitationEvent(String type, EventMetadata metadata, String subject, Map<String, String> details)
        implements DomainEvent {

    /** Checks the parts and sorts the details. */
    public SolicitationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(subject, "subject");
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
