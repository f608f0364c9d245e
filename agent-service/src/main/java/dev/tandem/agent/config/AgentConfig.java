package dev.tandem.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How agent-service serves the agents. */
@ConfigMapping(prefix = "tandem.agent")
public interface AgentConfig {

    /** The longest reply an agent may send, in characters. */
    @WithDefault("4000")
    int maxReplyLength();
}
