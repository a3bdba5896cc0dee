package org.aftersales.core.json;

import java.util.Map;
import java.util.function.Function;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.EventId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Vin;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of the library (C10). Ids and text-like values (VIN, licence plate, phone
 * number) are written as plain JSON strings and read back through their checking factories;
 * the other values are records that Jackson reads through their checking constructors.
 * {@link AftersalesJson#mapper()} registers it; register it on your own mapper with
 * {@code JsonMapper.builder().addModule(new AftersalesModule())}.
 *
 * <p>Other modules add their text-like types with {@link #addTextValue(Class, Function)}.
 */
public final class AftersalesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every core id and text value. */
    public AftersalesModule() {
        super("aftersales-core");
        Map.<Class<?>, Function<String, ?>>ofEntries(
                        Map.entry(CustomerId.class, CustomerId::of),
                        Map.entry(VehicleId.class, VehicleId::of),
                        Map.entry(StaffId.class, StaffId::of),
                        Map.entry(DepartmentId.class, DepartmentId::of),
                        Map.entry(RepairOrderId.class, RepairOrderId::of),
                        Map.entry(AppointmentId.class, AppointmentId::of),
                        Map.entry(PartNumber.class, PartNumber::of),
                        Map.entry(BinCode.class, BinCode::of),
                        Map.entry(WarehouseId.class, WarehouseId::of),
                        Map.entry(ComplaintNumber.class, ComplaintNumber::of),
                        Map.entry(CorrelationId.class, CorrelationId::of),
                        Map.entry(EventId.class, EventId::of),
                        Map.entry(SupplierId.class, SupplierId::of),
                        Map.entry(AssessmentId.class, AssessmentId::of),
                        Map.entry(DocumentNumber.class, DocumentNumber::of),
                        Map.entry(Vin.class, Vin::parse),
                        Map.entry(LicencePlate.class, LicencePlate::parse),
                        Map.entry(PhoneNumber.class, PhoneNumber::parse))
                .forEach(this::addRaw);
    }

    @SuppressWarnings("unchecked")
    private <T> void addRaw(Class<?> type, Function<String, ?> parse) {
        addTextValue((Class<T>) type, (Function<String, T>) parse);
    }

    /**
     * Writes a type as its {@code toString()} text and reads it back through a factory.
     *
     * @param type the value type
     * @param parse the factory that checks the text
     * @param <T> the value type
     * @return this module
     */
    public <T> AftersalesModule addTextValue(Class<T> type, Function<String, T> parse) {
        addSerializer(type, new TextSerializer<>());
        addDeserializer(type, new TextDeserializer<>(type, parse));
        return this;
    }

    private static final class TextSerializer<T> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    private static final class TextDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            return parse.apply(p.getString());
        }
    }
}
