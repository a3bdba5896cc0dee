package org.aftersales.serviceflow;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;

/**
 * An event of the service flow (C11): a stable {@linkplain #type() name} from
 * {@link ServiceEvents}, such as {@code repair-order.checked-in}, the subject (the repair order
 * or appointment number), the status it left the subject in, and its details as text. The
 * correlation id of the metadata is the repair order's number (the appointment's number until
 * check-in), so every event of one visit shares it.
 *
 * @param type the stable event name
 * @param metadata id, time, actor and correlation id
 * @param subject the repair order's or appointment's id
 * @param status the subject's status after the event
 * @param details what happened, as sorted key/value text
 */
public record ServiceEvent(String type, EventMetadata metadata, String subject, RepairOrderStatus status,
        Map<String, String> details) implements DomainEvent {

    /** Checks the parts and sorts the details. */
    public ServiceEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
