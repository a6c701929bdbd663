package dev.syllabus.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two imports into one content directory apart, and keeps recovery from deleting a running import's staging.
 * The operating system drops the lock when its process dies, so a killed import never leaves the directory locked.
 */
final class ImportLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ImportLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code root}, or fails at once (naming the directory) when another import holds it. */
    static ImportLock take(Path root) {
        try {
            Path file = ImportJournal.lockFile(root);
            for (int attempt = 0; attempt < 3; attempt++) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    throw new ImportFailure("another import into " + root + " is running (it holds " + file + "); wait for "
                            + "it to finish, then run this one again");
                }
                // The holder before us deletes the file as it lets go: a lock on that deleted file guards nothing.
                if (sameFile(channel, file)) {
                    return new ImportLock(file, channel, lock);
                }
                channel.close();
            }
            throw new ImportFailure("could not lock " + file + ": other imports into " + root + " keep starting; try again");
        } catch (IOException e) {
            throw new ImportFailure("could not lock " + root + " for the import (" + e.getMessage() + "); nothing was written", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process, by an import on another thread
        }
    }

    /** Whether the path still names the locked file: the process id written through the channel reads back from it. */
    private static boolean sameFile(FileChannel channel, Path file) throws IOException {
        String pid = Long.toString(ProcessHandle.current().pid());
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid.getBytes(StandardCharsets.US_ASCII)), 0);
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).equals(pid);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try (channel) {
            Files.deleteIfExists(file);
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases the lock in any case; a leftover lock file is reused by the next import.
        }
    }
}
