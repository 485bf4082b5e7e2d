package vn.thidua.webapp.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * One Payara Micro for every test class of a test run. Each class still declares its deployment (the built WAR),
 * but Payara's managed container starts a new Payara Micro for each one and stops it after the class: nineteen
 * starts of ~40 s in CI. This container starts it for the first class, hands the same instance to the next classes
 * whose deployment is the same archive, and stops it when the run ends (or the JVM exits: Payara's shutdown hook).
 * The classes shared the data already (one data directory, one PostgreSQL database per run); an instance that
 * fails to start fails the first class, and the next class tries again.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final PayaraMicroDeployableContainer DELEGATE = new PayaraMicroDeployableContainer();
    private static String deployed;
    private static Archive<?> archive;
    private static ProtocolMetaData metaData;

    /** Registers this container in place of Payara's (META-INF/services/...LoadableExtension). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        synchronized (SharedPayaraMicro.class) {
            if (deployed == null) {
                DELEGATE.setup(configuration);
            }
        }
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return DELEGATE.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        DELEGATE.start();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> next) throws DeploymentException {
        synchronized (SharedPayaraMicro.class) {
            if (deployed != null && !deployed.equals(next.getName())) {
                throw new DeploymentException("One shared Payara Micro runs " + deployed + "; " + next.getName()
                        + " would need an instance of its own");
            }
            if (deployed == null) {
                metaData = DELEGATE.deploy(next);
                archive = next;
                deployed = next.getName();
            }
            return metaData;
        }
    }

    @Override
    public void undeploy(Archive<?> ignored) {
        // The next class uses the same instance; stop() ends it.
    }

    @Override
    public void stop() throws LifecycleException {
        synchronized (SharedPayaraMicro.class) {
            if (deployed != null) {
                try {
                    DELEGATE.undeploy(archive);
                } catch (DeploymentException e) {
                    throw new LifecycleException("The shared Payara Micro did not stop", e);
                } finally {
                    deployed = null;
                    archive = null;
                    metaData = null;
                }
            }
        }
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        DELEGATE.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        DELEGATE.undeploy(descriptor);
    }
}
