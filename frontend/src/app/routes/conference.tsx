export default function Stub() {
  return <h1>conference</h1>;
}
