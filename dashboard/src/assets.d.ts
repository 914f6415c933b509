// Vite's `?url` imports: the file is copied into the build as an asset, untouched, and the import is its URL.
declare module '*?url' {
  const url: string;
  export default url;
}
