package org.imroc.tracker.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 that checks every message as the Standard Webhooks reference libraries do: the
 * three headers present, the timestamp within five minutes, and one of the space-separated {@code v1,} signatures
 * equal (in constant time) to HMAC-SHA256 of {@code id.timestamp.body} under the secret. It answers as scripted.
 */
public final class Receiver implements AutoCloseable {

    /** One message received, with whether its signature verified under each secret tried. */
    public record Received(
            String id, long timestamp, String body, String signatures, boolean verified, long receivedAtMillis) {}

    /** What to answer: a status, optional Retry-After, and a delay before answering. */
    public record Answer(int status, String retryAfter, long delayMillis) {
        public static Answer ok() {
            return new Answer(200, null, 0);
        }
    }

    private static final long TOLERANCE_SECONDS = 5 * 60;
    private final HttpServer server;
    private final List<String> secrets = Collections.synchronizedList(new ArrayList<>());
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private volatile Function<Received, Answer> otherwise = r -> Answer.ok();

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/imroc";
    }

    public void trust(String secret) {
        secrets.add(secret);
    }

    /** Answers these, in order, before falling back to {@link #otherwise}. */
    public void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    public void otherwise(Function<Received, Answer> answer) {
        otherwise = answer;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        long timestamp = ts == null ? -1 : Long.parseLong(ts);
        boolean verified = id != null
                && signatures != null
                && Math.abs(System.currentTimeMillis() / 1000 - timestamp) <= TOLERANCE_SECONDS
                && verifies(id, timestamp, body, signatures);
        Received r = new Received(id, timestamp, body, signatures, verified, System.currentTimeMillis());
        received.add(r);
        Answer answer = script.poll();
        if (answer == null) {
            answer = otherwise.apply(r);
        }
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    /** True when every given secret verifies one of the signatures (so both verify during a rotation). */
    public boolean verifiesUnderEach(Received r, List<String> keys) {
        return keys.stream().allMatch(k -> matches(k, r.id(), r.timestamp(), r.body(), r.signatures()));
    }

    private boolean verifies(String id, long timestamp, String body, String header) {
        synchronized (secrets) {
            return secrets.stream().anyMatch(s -> matches(s, id, timestamp, body, header));
        }
    }

    private static boolean matches(String secret, String id, long timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String part : header.split(" ")) {
                String[] versioned = part.split(",", 2);
                if (versioned.length == 2
                        && versioned[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
