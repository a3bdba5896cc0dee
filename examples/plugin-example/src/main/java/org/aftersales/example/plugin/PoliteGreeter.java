package org.aftersales.example.plugin;

/** The example's {@link Greeter}, declared with {@code provides} and in META-INF/services. */
public final class PoliteGreeter implements Greeter {

    /** Creates the greeter; {@link java.util.ServiceLoader} calls this. */
    public PoliteGreeter() {
        // stateless
    }

    @Override
    public String id() {
        return "polite";
    }

    @Override
    public String greet(String customer) {
        return "Welcome back, " + customer + " / " + customer + "，欢迎回来";
    }
}
