package org.aftersales.console;

import java.time.Clock;

/**
 * Starts the web console on the seeded dealership and prints its address and the demo accounts.
 *
 * <pre>
 * ./mvnw -q -B -pl examples/web-console -am package exec:java -DskipTests [-Dexec.args="--port 7070"]
 * </pre>
 */
public final class WebConsole {

    /** The default port. */
    public static final int DEFAULT_PORT = 7070;

    private WebConsole() {
    }

    /**
     * @param args {@code --port N} (default 7070; 0 picks a free port) and {@code --host H}
     *     (default {@code localhost})
     */
    public static void main(String[] args) {
        int port = DEFAULT_PORT;
        String host = "localhost";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = parsePort(args[i + 1]);
                case "--host" -> host = args[i + 1];
                default -> {
                    System.err.println("usage: [--port N] [--host H]");
                    System.exit(1);
                }
            }
        }
        ConsoleApp app = ConsoleApp.start(ConsoleSettings.defaults(Clock.systemDefaultZone()), host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "console-stop"));
        System.out.println("Web console running at " + app.address() + "  (管理台地址)");
        System.out.println("Lounge board (no sign-in): " + app.address() + "board");
        System.out.println("Demo accounts, password \"" + Dealership.DEMO_PASSWORD
                + "\": zhao (parts manager), wang (parts clerk), li (warehouse keeper), sun (service manager),"
                + " liu (service advisor), chen (complaint officer). Stop with Ctrl+C.");
    }

    private static int parsePort(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("--port takes 0 to 65535, not " + text);
        System.exit(1);
        return -1;
    }
}
