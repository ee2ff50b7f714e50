// The part of the SignalR browser client (wwwroot/lib/signalr/signalr.min.js, the npm package
// @microsoft/signalr) that the agent console uses: the global `signalR` of its UMD bundle.

declare namespace signalR {
  enum LogLevel {
    Trace = 0,
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
    Critical = 5,
    None = 6,
  }

  enum HubConnectionState {
    Disconnected = "Disconnected",
    Connecting = "Connecting",
    Connected = "Connected",
    Disconnecting = "Disconnecting",
    Reconnecting = "Reconnecting",
  }

  interface IHttpConnectionOptions {
    accessTokenFactory?(): string | Promise<string>;
  }

  interface HubConnection {
    readonly state: HubConnectionState;
    start(): Promise<void>;
    stop(): Promise<void>;
    on(methodName: string, newMethod: (...args: any[]) => void): void;
    onclose(callback: (error?: Error) => void): void;
    onreconnecting(callback: (error?: Error) => void): void;
    onreconnected(callback: (connectionId?: string) => void): void;
  }

  class HubConnectionBuilder {
    withUrl(url: string, options?: IHttpConnectionOptions): HubConnectionBuilder;
    withAutomaticReconnect(): HubConnectionBuilder;
    configureLogging(logLevel: LogLevel): HubConnectionBuilder;
    build(): HubConnection;
  }
}

interface Window {
  /** Missing when the script failed to load: the console then polls. */
  signalR?: typeof signalR;
}
