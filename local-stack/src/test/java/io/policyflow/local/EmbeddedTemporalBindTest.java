package io.policyflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded Temporal server (no authentication) answers this machine only unless told otherwise:
 * it listens on 127.0.0.1, and another address of this machine is refused. The control, a server
 * bound to every interface, shows that the other address would answer.
 */
class EmbeddedTemporalBindTest {

  /**
   * A non-loopback IPv4 address of this machine if it has one, else 127.0.0.2 (which a wildcard
   * bind answers).
   */
  static InetAddress anotherAddressOfThisMachine() throws SocketException, UnknownHostException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
          return address;
        }
      }
    }
    return InetAddress.getByName("127.0.0.2");
  }

  static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 3000);
    }
  }

  @Test
  void byDefaultItListensOn127001AndRefusesAnotherAddressOfThisMachine() throws Exception {
    InetAddress other = anotherAddressOfThisMachine();
    try (EmbeddedTemporal temporal = EmbeddedTemporal.start(0)) {
      assertThat(temporal.bindAddress().getHostAddress()).isEqualTo("127.0.0.1");
      assertThat(temporal.target()).isEqualTo("127.0.0.1:" + temporal.port());
      connect(InetAddress.getByName("127.0.0.1"), temporal.port());
      assertThat(temporal.clock().now()).isNotNull(); // and it serves gRPC there

      assertThatThrownBy(() -> connect(other, temporal.port()))
          .as("connecting to " + other)
          .isInstanceOf(ConnectException.class);
    }
    try (EmbeddedTemporal standalone = EmbeddedTemporal.startStandalone(0)) {
      assertThatThrownBy(() -> connect(other, standalone.port()))
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void controlBoundToEveryInterfaceItAnswersTheOtherAddressToo() throws Exception {
    InetAddress other = anotherAddressOfThisMachine();
    try (EmbeddedTemporal temporal = EmbeddedTemporal.start("0.0.0.0", 0)) {
      connect(other, temporal.port());
      assertThat(temporal.target()).isEqualTo("127.0.0.1:" + temporal.port());
      assertThat(temporal.clock().now()).isNotNull();
    }
  }

  @Test
  void theBindAddressComesFromPolicyflowTemporalBindAddress() {
    assertThat(EmbeddedTemporal.bindAddress(Map.of())).isEqualTo("127.0.0.1");
    assertThat(EmbeddedTemporal.bindAddress(Map.of("POLICYFLOW_TEMPORAL_BIND_ADDRESS", " ")))
        .isEqualTo("127.0.0.1");
    assertThat(
            EmbeddedTemporal.bindAddress(Map.of("POLICYFLOW_TEMPORAL_BIND_ADDRESS", " 0.0.0.0 ")))
        .isEqualTo("0.0.0.0");
    assertThatThrownBy(() -> EmbeddedTemporal.start("not an address!", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POLICYFLOW_TEMPORAL_BIND_ADDRESS");
  }

  @Test
  void devServicesReadsTheSetting() throws Exception {
    InetAddress other = anotherAddressOfThisMachine();
    try (DevServices services =
        DevServices.start(
            Map.of(
                "TEMPORAL_PORT",
                "0",
                "SANDBOX_PORT",
                "0",
                "POLICYFLOW_TEMPORAL_BIND_ADDRESS",
                "0.0.0.0"))) {
      connect(other, services.temporal().port());
    }
    try (DevServices services =
        DevServices.start(Map.of("TEMPORAL_PORT", "0", "SANDBOX_PORT", "0"))) {
      int port = services.temporal().port();
      assertThatThrownBy(() -> connect(other, port)).isInstanceOf(ConnectException.class);
    }
  }
}
