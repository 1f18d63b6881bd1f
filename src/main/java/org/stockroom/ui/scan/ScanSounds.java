package org.stockroom.ui.scan;

/** The Scan page's sounds: one for a scan taken or a list posted, a distinct one for a refusal. */
public interface ScanSounds {

    /** Which sound. */
    enum Tone {
        TAKEN,
        REFUSED
    }

    /** Plays it, never blocking the caller; silent where sounds are switched off or there is no sound device. */
    void play(Tone tone);

    ScanSounds SILENT = tone -> {};
}
