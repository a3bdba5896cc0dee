package org.aftersales.inventory.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Event names are stable and complete; every message exists in English and Chinese. */
class PartsEventsAndMessagesTest {

    @Test
    void everyEventKindHasOneStableNameUnderParts() {
        Set<Class<?>> permitted = Arrays.stream(PartsEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(PartsEvent.TYPES.values()).containsExactlyInAnyOrderElementsOf(
                permitted.stream().map(c -> c.asSubclass(PartsEvent.class)).toList());
        assertThat(PartsEvent.TYPES.keySet()).allSatisfy(name -> assertThat(name).matches("parts\\.[a-z-]+"));
        assertThat(PartsEvent.TYPES).containsEntry("parts.reserved", PartsEvent.Reserved.class)
                .containsEntry("parts.issued", PartsEvent.StockIssued.class)
                .containsEntry("parts.goods-received", PartsEvent.GoodsReceived.class);
    }

    @Test
    void everyMessageHasBothLanguages() throws IOException {
        Properties en = load("messages_en.properties");
        Properties zh = load("messages_zh.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(zh.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PartsWarehouse.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
