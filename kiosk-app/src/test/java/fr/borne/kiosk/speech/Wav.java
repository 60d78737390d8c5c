package fr.borne.kiosk.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** A 16-bit PCM WAV file as espeak-ng writes it: its length in seconds and how loud it is. */
record Wav(int sampleRate, int samples, double rms, int peak) {

    double seconds() {
        return (double) samples / sampleRate;
    }

    static Wav read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    static Wav parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || in.getInt(0) != 0x46464952 || in.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF/WAVE file (" + bytes.length + " bytes)");
        }
        int at = 12;
        int rate = 0;
        int bits = 0;
        int channels = 0;
        while (at + 8 <= bytes.length) {
            int id = in.getInt(at);
            int size = in.getInt(at + 4);
            if (id == 0x20746d66) { // "fmt "
                channels = in.getShort(at + 10);
                rate = in.getInt(at + 12);
                bits = in.getShort(at + 22);
            } else if (id == 0x61746164) { // "data"
                if (bits != 16 || channels != 1) {
                    throw new IllegalArgumentException("expected 16-bit mono, found " + bits + " bits, " + channels + " channels");
                }
                // espeak-ng writing to a pipe leaves the sizes unknown (0 or 0x7fffffff): the data runs to the end
                int length = size <= 0 || at + 8 + size > bytes.length ? bytes.length - at - 8 : size;
                int samples = length / 2;
                double sum = 0;
                int peak = 0;
                for (int i = 0; i < samples; i++) {
                    int s = in.getShort(at + 8 + 2 * i);
                    sum += (double) s * s;
                    peak = Math.max(peak, Math.abs(s));
                }
                return new Wav(rate, samples, samples == 0 ? 0 : Math.sqrt(sum / samples), peak);
            }
            at += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("no data chunk");
    }
}
