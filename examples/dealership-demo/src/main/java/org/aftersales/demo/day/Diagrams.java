package org.aftersales.demo.day;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.complaints.ComplaintFlow;
import org.aftersales.serviceflow.RepairOrderLifecycle;

/** The flows as Mermaid files, exported from their engine definitions. */
public final class Diagrams {

    private Diagrams() {
    }

    /**
     * Writes {@code repair-order.mmd}, {@code complaint.mmd} and {@code service-blueprint.mmd}.
     *
     * @param folder where, created when missing
     * @return the files' absolute paths
     */
    public static List<String> write(Path folder) {
        List<String> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            files.add(write(folder, "repair-order.mmd", RepairOrderLifecycle.DEFINITION.toMermaid()));
            files.add(write(folder, "complaint.mmd", ComplaintFlow.DEFINITION.toMermaid()));
            files.add(write(folder, "service-blueprint.mmd",
                    org.aftersales.serviceflow.blueprint.ServiceBlueprint.defaults().toMermaid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toAbsolutePath().normalize().toString();
    }
}
