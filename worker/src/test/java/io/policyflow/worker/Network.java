package io.policyflow.worker;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which addresses of this machine a port accepts connections on. */
final class Network {

  private Network() {}

  /**
   * An address of this machine other than 127.0.0.1 on which {@code port} (a server on every
   * interface) accepts connections: a network interface's IPv4 address, else 127.0.0.2 (Linux
   * routes all of 127/8 to loopback). It proves that a refusal on that address is the server's
   * binding, not the address.
   */
  static InetAddress anotherAddressWhereThisPortAnswers(int port) throws IOException {
    List<InetAddress> candidates = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        nic.inetAddresses().filter(Inet4Address.class::isInstance).forEach(candidates::add);
      }
    }
    candidates.add(InetAddress.getByName("127.0.0.2"));
    for (InetAddress candidate : candidates) {
      if (accepts(candidate, port)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "port " + port + " answers on no address but 127.0.0.1 (tried " + candidates + ")");
  }

  static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
