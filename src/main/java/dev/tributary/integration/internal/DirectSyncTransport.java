package dev.tributary.integration.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/** Runs execute on this instance, on a small pool that finishes its work on graceful shutdown. */
@Component
class DirectSyncTransport implements SyncTransport, org.springframework.beans.factory.DisposableBean {

    private final ThreadPoolTaskExecutor executor;
    private final ObjectProvider<RunExecutor> runExecutor;

    DirectSyncTransport(ObjectProvider<RunExecutor> runExecutor) {
        this.runExecutor = runExecutor;
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("sync-run-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(1000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
    }

    @Override
    public String name() {
        return "direct";
    }

    @Override
    public void dispatch(RunRequest request) {
        executor.execute(() -> runExecutor.getObject().execute(request));
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
