package org.politicalgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community through its documented embedded API with the Bolt connector on loopback.
 *
 * <p>The Node process that starts this launcher talks to it through two channels: one JSON line on
 * stdout per lifecycle event ({@code ready}, {@code stopped}, {@code failed}), and stdin, which the
 * launcher watches so that it shuts down as soon as its parent is gone, however the parent died.
 * That is what guarantees that no JVM outlives {@code npm start} or a test run.
 */
public final class EmbeddedNeo4j {

    private static final Duration AVAILABILITY_TIMEOUT = Duration.ofMinutes(2);

    /**
     * Bolt waits 5 s for idle connections and another 5 s for its worker pool when it stops, even
     * with no client left: by then our driver is already closed, so one second each is plenty.
     * These are internal settings of the 5.26 line this launcher pins.
     */
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofSeconds(1);

    private final LauncherOptions options;
    private final AtomicBoolean stopping = new AtomicBoolean(false);
    private volatile DatabaseManagementService managementService;

    private EmbeddedNeo4j(LauncherOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            Events.failed(e.getMessage());
            System.exit(2);
            return;
        }
        new EmbeddedNeo4j(options).run();
    }

    private void run() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "neo4j-shutdown"));
        try {
            start();
        } catch (RuntimeException e) {
            Events.failed(describe(e));
            stop();
            Runtime.getRuntime().halt(1);
        }
        watchParent();
    }

    private void start() {
        managementService = new DatabaseManagementServiceBuilder(options.dataDirectory())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), options.port()))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMebibytes()))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .build();
        GraphDatabaseService database = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!database.isAvailable(AVAILABILITY_TIMEOUT.toMillis())) {
            throw new IllegalStateException("database '" + database.databaseName() + "' did not become available within "
                    + AVAILABILITY_TIMEOUT.toSeconds() + " s");
        }
        Events.ready("bolt://" + options.host() + ":" + options.port(), database.databaseName());
    }

    /** Blocks until stdin reaches end-of-file, which happens when the parent process exits. */
    private void watchParent() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored: the pipe only exists so that its closing can be noticed.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end-of-file: the parent is gone.
        }
        System.exit(0); // runs the shutdown hook
    }

    private void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        Thread watchdog = forceExitAfter(options.shutdownTimeout());
        try {
            if (managementService != null) {
                managementService.shutdown();
            }
            if (options.ephemeral()) {
                deleteRecursively(options.dataDirectory());
            }
            Events.stopped();
        } catch (RuntimeException | IOException e) {
            Events.failed("shutdown: " + describe(e));
        } finally {
            watchdog.interrupt();
        }
    }

    /** A clean shutdown is preferred, but a stuck one must not leave a JVM behind. */
    private static Thread forceExitAfter(Duration timeout) {
        Thread watchdog = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(timeout.toMillis());
                Events.failed("shutdown took longer than " + timeout.toSeconds() + " s; halting");
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException finished) {
                Thread.currentThread().interrupt();
            }
        }, "neo4j-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getMessage();
        return root == error ? String.valueOf(message) : message + " (caused by: " + root + ")";
    }
}
