package dev.syllabus.cli;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a {@code --host} before the server binds it, so a typo or another machine's address is reported as such
 * rather than as the port conflict a failed bind would otherwise look like.
 */
final class ListenAddress {
    private ListenAddress() {
    }

    /** @throws UsageError when {@code host} does not resolve or is no address of this machine */
    static void check(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageError("--host '" + host + "': no such host name (it does not resolve): give an address of this "
                    + "machine, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface)");
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return;
        }
        try {
            if (NetworkInterface.getByInetAddress(address) != null) {
                return;
            }
        } catch (SocketException e) {
            return; // The interfaces cannot be listed: let the bind itself decide.
        }
        throw new UsageError("--host '" + host + "' (" + address.getHostAddress() + ") is not an address of this machine, so "
                + "the server cannot listen on it: use 127.0.0.1 (this machine only), 0.0.0.0 (every network interface)"
                + local());
    }

    private static String local() {
        try {
            List<String> all = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .map(InetAddress::getHostAddress).sorted().toList();
            return all.isEmpty() ? "" : " or one of " + all.stream().collect(Collectors.joining(", "));
        } catch (SocketException e) {
            return "";
        }
    }
}
