package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.aftersales.core.error.StorageException;
import org.junit.jupiter.api.Test;

/** Settings from the storage builder, system properties and environment variables, in that order. */
class JdbcStoreConfigTest {

    @Test
    void C7_readsEachSettingFromPropertiesThenSystemPropertiesThenEnvironment() {
        Map<String, String> system = Map.of("aftersales.store.user", "from-system", "aftersales.store.schema", "sys");
        Map<String, String> env = Map.of("AFTERSALES_STORE_URL", "jdbc:postgresql://db:5432/dealer",
                "AFTERSALES_STORE_USER", "from-env", "AFTERSALES_STORE_POOL_SIZE", "4",
                "AFTERSALES_STORE_CONNECTION_TIMEOUT", "750", "AFTERSALES_STORE_MIGRATE", "false");
        JdbcStoreConfig config = JdbcStoreConfig.fromSettings(Map.of("aftersales.store.schema", "north"),
                system::get, env::get);
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db:5432/dealer");
        assertThat(config.user()).isEqualTo("from-system");
        assertThat(config.schema()).isEqualTo("north");
        assertThat(config.poolSize()).isEqualTo(4);
        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(config.migrate()).isFalse();
    }

    @Test
    void theDefaultIsAnEmbeddedH2FileUnderTheUsersFolder() {
        JdbcStoreConfig config = JdbcStoreConfig.fromSettings(Map.of(), k -> null, k -> null);
        assertThat(config.url()).startsWith("jdbc:h2:file:").contains(".aftersales");
        assertThat(config.schema()).isEqualTo("aftersales");
        assertThat(config.poolSize()).isEqualTo(JdbcStoreConfig.DEFAULT_POOL_SIZE);
        assertThat(JdbcStoreConfig.envName("poolSize")).isEqualTo("AFTERSALES_STORE_POOL_SIZE");
    }

    @Test
    void C7_anAppsOwnDefaultsInCodeGiveWayToSettings() {
        JdbcStoreConfig.Builder app = JdbcStoreConfig.builder()
                .url(JdbcStoreConfig.h2File(JdbcStoreConfig.userData("console").resolve("console"))).poolSize(4);
        JdbcStoreConfig untouched = app.settings(Map.of(), k -> null, k -> null).build();
        assertThat(untouched.url()).startsWith("jdbc:h2:file:").contains(".aftersales", "console")
                .doesNotContain(".aftersales/store/");
        assertThat(untouched.poolSize()).isEqualTo(4);

        Map<String, String> system = Map.of("aftersales.store.url", "jdbc:postgresql://db:5432/dealer");
        Map<String, String> env = Map.of("AFTERSALES_STORE_SCHEMA", "north", "AFTERSALES_STORE_URL", "jdbc:h2:mem:env");
        JdbcStoreConfig switched = app.settings(Map.of(), system::get, env::get).build();
        assertThat(switched.url()).isEqualTo("jdbc:postgresql://db:5432/dealer");
        assertThat(switched.schema()).isEqualTo("north");
        assertThat(switched.poolSize()).isEqualTo(4);
    }

    @Test
    void refusesABadSettingNamingItInBothLanguages() {
        assertThatThrownBy(() -> JdbcStoreConfig.fromSettings(Map.of("aftersales.store.poolSize", "many"),
                k -> null, k -> null)).isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.text().en()).contains("aftersales.store.poolSize", "many");
                    assertThat(e.text().zh()).contains("aftersales.store.poolSize", "many", "无效");
                });
        assertThatThrownBy(() -> JdbcStoreConfig.builder().url("jdbc:mysql://x")).isInstanceOf(StorageException.class)
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> JdbcStoreConfig.builder().schema("North; DROP")).isInstanceOf(StorageException.class);
    }
}
