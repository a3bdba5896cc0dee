package org.aftersales.demo.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the tool in the test's JVM, capturing both streams, on a given store. */
record ToolRun(int code, String out, String err) {

    static ToolRun run(Map<String, String> store, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Tool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), store);
        return new ToolRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An H2 file store in a folder of the test's. */
    static Map<String, String> h2(Path folder) {
        return Map.of("aftersales.store.url", "jdbc:h2:file:" + folder.resolve("dealership").toAbsolutePath());
    }

    /** A store nobody listens on. */
    static Map<String, String> unreachable() {
        return Map.of("aftersales.store.url", "jdbc:postgresql://127.0.0.1:1/nobody", "aftersales.store.user", "nobody",
                "aftersales.store.connectionTimeout", "1000");
    }
}
