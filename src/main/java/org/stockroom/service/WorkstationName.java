package org.stockroom.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * The name this PC goes by on movements and on the audit trail: {@code $STOCKROOM_WORKSTATION} when the site sets
 * one (several terminals on one host, or a friendlier name than the host's), else the host name.
 */
public final class WorkstationName {

    public static final String VARIABLE = "STOCKROOM_WORKSTATION";

    private WorkstationName() {}

    public static String from(Map<String, String> environment) {
        String given = environment.get(VARIABLE);
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String host = environment.get("HOSTNAME");
            return host != null && !host.isBlank() ? host.strip() : "unknown";
        }
    }
}
