package newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community with Bolt on 127.0.0.1 and blocks until the process is told to stop.
 *
 * <p>Arguments (all optional): {@code --data DIR} (default ./data), {@code --port N} (default 7687),
 * {@code --pagecache SIZE} (default 128m). The heap is bounded by the JVM's own -Xmx. Once the database
 * answers a query it prints {@code NEO4J_READY bolt://127.0.0.1:PORT} so a parent process can wait for it.
 * It exits when stdin closes, so a parent that dies (even by SIGKILL) never leaves the JVM behind.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Path data = Path.of("data");
    int port = 7687;
    String pagecache = "128m";
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pagecache = args[++i];
        case "--exit-on-stdin-close" -> watchStdin = true;
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    Files.createDirectories(data);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(data.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt waits 5 s twice on shutdown by default; a local test database need not.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      // The parent holds our stdin open; EOF means it is gone, whatever way it died.
      while (System.in.read() != -1) {
        // discard
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }
}
