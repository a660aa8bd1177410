export default function Stub() {
  return <h1>resolutions</h1>;
}
