package org.politicalgraph.neo4j;

/**
 * The launcher's side of its stdout protocol: one line per lifecycle event, the event's name and
 * its fields separated by tabs, so that the Node process can wait for readiness without parsing
 * Neo4j's own log output. Messages are flattened to a single line.
 */
final class Events {

    static final String PREFIX = "embedded-neo4j";

    private Events() {}

    static void ready(String boltUri, String database) {
        emit("ready", boltUri, database);
    }

    static void stopped() {
        emit("stopped");
    }

    static void failed(String message) {
        emit("failed", message.replaceAll("\\s+", " "));
    }

    private static synchronized void emit(String event, String... fields) {
        StringBuilder line = new StringBuilder(PREFIX).append('\t').append(event);
        for (String field : fields) {
            line.append('\t').append(field);
        }
        System.out.println(line);
        System.out.flush();
    }
}
