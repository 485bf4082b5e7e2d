package vn.thidua.webapp.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A local SMTP server for the integration tests (the province's mail server stand-in): it accepts every message on
 * a fixed loopback port and keeps it, envelope and data, for the tests to read. Started with the test session, so
 * before Payara Micro, which reads THIDUA_MAIL_HOST/PORT. Only the integration tests set {@code thidua.it.smtp.port}.
 */
public class TestMailbox implements LauncherSessionListener {

    /** A message as received: its recipients and its raw data (headers and body). */
    public record Received(List<String> recipients, String data) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("thidua.it.smtp.port");
        if (port == null || server != null) {
            return;
        }
        try {
            server = new ServerSocket(Integer.parseInt(port), 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test mailbox on port " + port, e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread conversation = new Thread(() -> converse(socket), "test-smtp-session");
                    conversation.setDaemon(true);
                    conversation.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8)); Writer out = new OutputStreamWriter(socket.getOutputStream(),
                StandardCharsets.UTF_8)) {
            reply(out, "220 localhost test SMTP");
            List<String> recipients = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder data = new StringBuilder();
                        String dataLine;
                        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append('\n');
                        }
                        RECEIVED.add(new Received(List.copyOf(recipients), data.toString()));
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to keep.
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // Closing at the end of the session; nothing else to do.
            }
            server = null;
        }
    }
}
