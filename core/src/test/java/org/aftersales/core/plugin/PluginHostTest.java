package org.aftersales.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.TestProviders;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PluginHostTest {

    /** A plugin type for the tests. */
    interface Greeter extends Plugin {
        String greet(String name);
    }

    record Fixed(String id, int order, String word) implements Greeter {
        @Override
        public String greet(String name) {
            if (word == null) {
                throw new IllegalStateException("no word for " + name);
            }
            return word + " " + name;
        }
    }

    private static PluginHost<Greeter> host(Greeter... greeters) {
        return PluginHost.builder(Greeter.class).discovery(false).register(greeters).build();
    }

    @Test
    void C8_runsPluginsByOrderThenId() {
        PluginHost<Greeter> host = host(new Fixed("zh", 0, "你好"), new Fixed("late", 9, "bye"),
                new Fixed("en", 0, "hello"), new Fixed("first", -5, "hi"));
        assertThat(host.ids()).containsExactly("first", "en", "zh", "late");
        assertThat(host.map(g -> g.greet("Li"))).containsExactly("hi Li", "hello Li", "你好 Li", "bye Li");
        assertThat(host.find("en")).map(Plugin::id).contains("en");
        assertThat(host.find("fr")).isEmpty();
    }

    @Nested
    class Refusals {

        @Test
        void C8_refusesTwoPluginsWithOneId() {
            assertThatThrownBy(() -> host(new Fixed("en", 0, "hello"), new Fixed("en", 1, "hi")))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.pluginId()).isEqualTo("en");
                        assertThat(e.text().en()).contains("\"en\"", Fixed.class.getName());
                        assertThat(e.text().zh()).contains("重复");
                    });
        }

        @Test
        void refusesABlankId() {
            assertThatThrownBy(() -> host(new Fixed(" ", 0, "hello")))
                    .isInstanceOfSatisfying(PluginFailureException.class,
                            e -> assertThat(e.pluginId()).isEqualTo(Fixed.class.getName()));
        }

        @Test
        void C8_aPluginWhoseIdOrOrderThrowsIsReportedNotLeakedRaw() {
            Greeter throwingId = new Greeter() {
                @Override
                public String id() {
                    throw new IllegalStateException("id not configured");
                }

                @Override
                public String greet(String name) {
                    return name;
                }
            };
            Greeter throwingOrder = new Greeter() {
                @Override
                public String id() {
                    return "moody";
                }

                @Override
                public int order() {
                    throw new IllegalStateException("order not configured");
                }

                @Override
                public String greet(String name) {
                    return name;
                }
            };
            assertThatThrownBy(() -> host(throwingId))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.pluginId()).isEqualTo(throwingId.getClass().getName());
                        assertThat(e.getCause()).hasMessage("id not configured");
                    });
            assertThatThrownBy(() -> host(throwingOrder))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> assertThat(e.pluginId()).isEqualTo("moody"));
        }

        @Test
        void withRefusesATakenIdAndLeavesTheHostAsItWas() {
            PluginHost<Greeter> host = host(new Fixed("en", 0, "hello"));
            assertThatThrownBy(() -> host.with(new Fixed("en", 0, "hey"))).isInstanceOf(PluginFailureException.class);
            assertThat(host.with(new Fixed("de", 0, "hallo")).ids()).containsExactly("de", "en");
            assertThat(host.ids()).containsExactly("en");
            assertThat(host.without("en").ids()).isEmpty();
            assertThat(host.without("fr")).isSameAs(host);
        }
    }

    @Test
    void C8_aThrowingPluginIsReportedByIdAndTheRestDoNotRun() {
        PluginHost<Greeter> host = host(new Fixed("a", 0, "hi"), new Fixed("b-broken", 1, null), new Fixed("c", 2, "yo"));
        List<String> out = new ArrayList<>();
        assertThatThrownBy(() -> host.forEach(g -> out.add(g.greet("Wang"))))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo("b-broken");
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no word for Wang");
                    assertThat(e.code()).isEqualTo("plugin-failure");
                    assertThat(e.getMessage()).contains("b-broken", "no word for Wang");
                });
        assertThat(out).containsExactly("hi Wang");
        assertThatThrownBy(() -> host.map(g -> g.greet("Wang"))).isInstanceOf(PluginFailureException.class);
        assertThatThrownBy(() -> PluginHost.call(new Fixed("x", 0, null), g -> g.greet("Wang")))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> assertThat(e.pluginId()).isEqualTo("x"));
    }

    @Nested
    class Discovery {

        // discovery through provides and META-INF/services is proved by examples/plugin-example,
        // whose module declares a provider: core itself provides no plugin, its defaults are
        // chosen by the builders

        @Test
        void aCallersServiceLoaderIsUsedAndCombinedWithRegisteredPlugins() {
            StorageProvider own = TestProviders.of("own", settings -> {
                throw new UnsupportedOperationException();
            });
            PluginHost<StorageProvider> host = PluginHost.builder(StorageProvider.class)
                    .discoverWith(ServiceLoader.load(StorageProvider.class)).register(own).build();
            assertThat(host.ids()).containsExactly("own");
        }

        @Test
        void discoveryCanBeSwitchedOff() {
            assertThat(PluginHost.builder(StorageProvider.class).discovery(false).build().plugins()).isEmpty();
        }
    }
}
