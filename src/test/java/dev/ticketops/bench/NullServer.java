package dev.ticketops.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The cheapest possible HTTP/1.1 keep-alive server (one NIO thread, a canned 200): what the load driver reaches
 * against it is the driver's own ceiling.
 */
final class NullServer implements AutoCloseable {
    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}"
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread thread;
    private volatile boolean running = true;

    NullServer() throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        server.configureBlocking(false);
        selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::loop, "null-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    private void loop() {
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        try {
            while (running) {
                selector.select(200);
                for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (key.isAcceptable()) {
                        SocketChannel c = server.accept();
                        if (c != null) {
                            c.configureBlocking(false);
                            c.register(selector, SelectionKey.OP_READ, new StringBuilder());
                        }
                    } else if (key.isReadable()) {
                        SocketChannel c = (SocketChannel) key.channel();
                        in.clear();
                        int n;
                        try {
                            n = c.read(in);
                        } catch (IOException e) {
                            n = -1;
                        }
                        if (n < 0) {
                            key.cancel();
                            c.close();
                            continue;
                        }
                        StringBuilder pending = (StringBuilder) key.attachment();
                        pending.append(new String(in.array(), 0, n, StandardCharsets.ISO_8859_1));
                        // answer every complete request (headers, then Content-Length bytes of body)
                        while (true) {
                            int end = pending.indexOf("\r\n\r\n");
                            if (end < 0) {
                                break;
                            }
                            int length = 0;
                            String head = pending.substring(0, end).toLowerCase();
                            int cl = head.indexOf("content-length:");
                            if (cl >= 0) {
                                int eol = head.indexOf("\r\n", cl);
                                length = Integer.parseInt(head.substring(cl + 15, eol < 0 ? head.length() : eol).strip());
                            }
                            if (pending.length() < end + 4 + length) {
                                break;
                            }
                            pending.delete(0, end + 4 + length);
                            ByteBuffer out = ByteBuffer.wrap(RESPONSE);
                            while (out.hasRemaining()) {
                                c.write(out);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        server.close();
    }
}
