package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.json.AftersalesJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stable event names and their classes: the names registered in the configuration, plus every
 * event class the store writes, under its {@link DomainEvent#type()}. One name, one class.
 */
final class EventCodec {

    private final JsonMapper mapper;
    private final Map<String, Class<? extends DomainEvent>> classes = new ConcurrentHashMap<>();

    private final Map<String, Class<? extends DomainEvent>> streams;

    EventCodec(JsonMapper mapper, Map<String, Class<? extends DomainEvent>> registered,
            Map<String, Class<? extends DomainEvent>> streams) {
        this.mapper = mapper;
        this.classes.putAll(registered);
        this.streams = Map.copyOf(streams);
    }

    /**
     * @param event the event about to be written
     * @return its stable name, registered with its class from now on
     */
    String nameOf(DomainEvent event) {
        String name = event.type();
        Class<? extends DomainEvent> type = event.getClass();
        Class<? extends DomainEvent> known = classes.putIfAbsent(name, type);
        if (known != null && known != type) {
            throw new StorageException("store.eventNameTaken", JdbcMessages.MESSAGES.text("jdbc.eventNameTaken", name,
                    known.getName(), type.getName()), null);
        }
        return name;
    }

    /**
     * The stream an event belongs to, for routing by a change-data-capture tool: the part of
     * the name before its first dot ({@code repair-order} for {@code repair-order.checked-in}).
     */
    static String streamOf(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    String write(DomainEvent event) {
        return mapper.writeValueAsString(event);
    }

    DomainEvent read(long position, String name, String json) {
        Class<? extends DomainEvent> type = classes.get(name);
        if (type == null && name.indexOf('.') > 0) {
            type = streams.get(streamOf(name));
        }
        if (type == null) {
            throw new StorageException(JdbcStorageProvider.UNREADABLE,
                    JdbcMessages.MESSAGES.text("jdbc.unknownEvent", name, position), null);
        }
        try {
            return AftersalesJson.read(mapper, json, mapper.constructType(type));
        } catch (ValidationException e) {
            throw new StorageException(JdbcStorageProvider.UNREADABLE,
                    JdbcMessages.MESSAGES.text("jdbc.unreadable", "event", position, type.getName(), e.getMessage()), e);
        }
    }
}
