package org.stockroom.ui.scan;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scan sounds made as tones by the JDK's own sound API (no media files, no extra module): a short high beep when a
 * scan is taken, two low ones when it is refused, loud enough to tell apart across an aisle. Played on a thread of
 * its own so the window never waits for the sound card. A PC without a sound device stays silent (said once in
 * the log).
 */
public final class ToneSounds implements ScanSounds, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ToneSounds.class);
    private static final float RATE = 22_050f;

    private final BooleanSupplier switchedOn;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stockroom-scan-sound");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean noDevice;

    public ToneSounds(BooleanSupplier switchedOn) {
        this.switchedOn = switchedOn;
    }

    @Override
    public void play(Tone tone) {
        if (noDevice || !switchedOn.getAsBoolean()) {
            return;
        }
        player.execute(() -> sound(tone == Tone.TAKEN ? taken() : refused()));
    }

    private static byte[] taken() {
        return tone(1760, 90, 0);
    }

    private static byte[] refused() {
        byte[] low = tone(330, 160, 70);
        byte[] both = new byte[low.length * 2];
        System.arraycopy(low, 0, both, 0, low.length);
        System.arraycopy(low, 0, both, low.length, low.length);
        return both;
    }

    /** A sine tone of {@code millis}, then {@code gapMillis} of silence, 8-bit mono; edges faded to avoid clicks. */
    private static byte[] tone(double hertz, int millis, int gapMillis) {
        int samples = (int) (RATE * millis / 1000);
        byte[] pcm = new byte[samples + (int) (RATE * gapMillis / 1000)];
        int fade = samples / 10;
        for (int i = 0; i < samples; i++) {
            double envelope = Math.min(1.0, Math.min(i, samples - i) / (double) fade);
            pcm[i] = (byte) (Math.sin(2 * Math.PI * i * hertz / RATE) * 100 * envelope);
        }
        return pcm;
    }

    private void sound(byte[] pcm) {
        AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            noDevice = true;
            log.info("No sound device for scan sounds ({}); the Scan page stays silent", e.getMessage());
        }
    }

    @Override
    public void close() {
        player.shutdown();
    }
}
