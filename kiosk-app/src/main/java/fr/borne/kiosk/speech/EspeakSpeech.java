package fr.borne.kiosk.speech;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Speaks through {@code espeak-ng}, one process per utterance, its sound piped to {@code aplay}
 * on the headset's ALSA device and nowhere else (the loudspeaker would read names and dates to
 * the whole room).
 *
 * <p>A process per utterance rather than one long-lived {@code espeak-ng}: stopping speech
 * when the screen changes is then killing a process, at once and whatever it was doing (a
 * long-lived one keeps speaking what it has buffered); each utterance carries its own voice,
 * speed and volume; a crashed synthesiser costs one sentence, not the guidance. Starting one
 * costs a few tens of milliseconds, well under the pause a visitor leaves between keys.
 *
 * <p>Utterances are played in order by one daemon thread. Nothing said is logged.
 */
public final class EspeakSpeech implements Speech {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeech.class);

    private record Queued(Utterance utterance, long generation) {
    }

    private final List<String> player;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private long generation;
    private List<Process> playing = List.of();
    private volatile boolean closed;
    private final Thread worker;

    /** Speech on the headset: {@code device} is its ALSA device, as {@code aplay -D} takes it. */
    public static EspeakSpeech onHeadset(String device) {
        return new EspeakSpeech(List.of("aplay", "-q", "-D", device));
    }

    /** @param player the command that plays the WAV it reads on its standard input */
    public EspeakSpeech(List<String> player) {
        this.player = List.copyOf(player);
        this.worker = new Thread(this::run, "speech");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void say(Utterance utterance) {
        synchronized (lock) {
            queue.add(new Queued(utterance, generation));
        }
    }

    @Override
    public void interrupt() {
        synchronized (lock) {
            generation++;
            queue.clear();
            playing.forEach(Process::destroyForcibly);
            playing = List.of();
        }
    }

    @Override
    public void close() {
        closed = true;
        interrupt();
        worker.interrupt();
    }

    private void run() {
        while (!closed) {
            try {
                Queued next = queue.poll(1, TimeUnit.SECONDS);
                if (next != null) {
                    play(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                // the guidance goes on with the next utterance; what was said stays out of the log
                LOG.warn("speech could not play: {}", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private void play(Queued queued) throws IOException, InterruptedException {
        List<Process> processes;
        synchronized (lock) {
            if (queued.generation() != generation) {
                return;
            }
            processes = ProcessBuilder.startPipeline(List.of(
                    new ProcessBuilder(Espeak.command(queued.utterance(), Optional.empty()))
                            .redirectError(ProcessBuilder.Redirect.DISCARD),
                    new ProcessBuilder(player).redirectError(ProcessBuilder.Redirect.DISCARD)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)));
            playing = processes;
        }
        try (OutputStream text = processes.get(0).getOutputStream()) {
            text.write(queued.utterance().text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // killed by an interruption while the text was being written
        }
        for (Process process : processes) {
            process.waitFor();
        }
        synchronized (lock) {
            if (playing == processes) {
                playing = List.of();
            }
        }
    }
}
