package org.politicalgraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of the launcher; every one is named so the Node side stays readable. */
record LauncherOptions(
        Path dataDirectory, String host, int port, long pageCacheMebibytes, boolean ephemeral, Duration shutdownTimeout) {

    static final String USAGE = "usage: EmbeddedNeo4j --data-dir DIR --port PORT [--host 127.0.0.1]"
            + " [--page-cache-mb 512] [--ephemeral] [--shutdown-timeout-s 60]";

    static LauncherOptions parse(String[] args) {
        Path dataDirectory = null;
        String host = "127.0.0.1";
        Integer port = null;
        long pageCacheMebibytes = 512;
        boolean ephemeral = false;
        long shutdownTimeoutSeconds = 60;

        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--data-dir" -> dataDirectory = Path.of(valueOf(args, ++i, name)).toAbsolutePath();
                case "--host" -> host = valueOf(args, ++i, name);
                case "--port" -> port = intValueOf(args, ++i, name);
                case "--page-cache-mb" -> pageCacheMebibytes = intValueOf(args, ++i, name);
                case "--shutdown-timeout-s" -> shutdownTimeoutSeconds = intValueOf(args, ++i, name);
                case "--ephemeral" -> ephemeral = true;
                default -> throw new IllegalArgumentException("unknown option '" + name + "'; " + USAGE);
            }
        }
        if (dataDirectory == null || port == null) {
            throw new IllegalArgumentException("--data-dir and --port are required; " + USAGE);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, got " + port);
        }
        return new LauncherOptions(
                dataDirectory, host, port, pageCacheMebibytes, ephemeral, Duration.ofSeconds(shutdownTimeoutSeconds));
    }

    private static String valueOf(String[] args, int index, String name) {
        if (index >= args.length) {
            throw new IllegalArgumentException(name + " needs a value; " + USAGE);
        }
        return args[index];
    }

    private static int intValueOf(String[] args, int index, String name) {
        String value = valueOf(args, index, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
