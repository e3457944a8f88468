package dev.ticketops.support;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run as its own process: holds a POSIX lock on the file named by its argument, prints "locked", and keeps it until
 * its standard input closes — a stand-in for a process that is not ours holding the embedded database's files.
 */
public final class HoldFileLock {
    private HoldFileLock() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the test closes our input
            }
        }
    }
}
