export { startSimulatorServer, type SimulatorHandler, type SimulatorRequest, type SimulatorResponse, type SimulatorServer } from './server';
